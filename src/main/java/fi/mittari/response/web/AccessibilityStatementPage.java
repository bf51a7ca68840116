package fi.mittari.response.web;

import fi.mittari.questionnaire.Language;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The accessibility statement's page: its words around the statement, which is written per language in
 * {@code views/accessibility/{lang}.html}, and the address for feedback.
 */
public record AccessibilityStatementPage(
        String lang,
        String title,
        String skipToContent,
        String languageSwitch,
        List<SurveyPage.LanguageLink> languages,
        String contact) {

    /** The default of MITTARI_ACCESSIBILITY_CONTACT ends so: an address nobody reads, which the page says is unset. */
    static final String PLACEHOLDER_DOMAIN = "@example.invalid";

    private static final Map<Language, String> NAMES =
            Map.of(Language.FI, "Suomeksi", Language.SV, "På svenska", Language.EN, "In English");

    /** The deployment has not set its feedback address yet. */
    public boolean contactIsPlaceholder() {
        return contact.endsWith(PLACEHOLDER_DOMAIN);
    }

    static List<SurveyPage.LanguageLink> languageLinks(Language current) {
        return Arrays.stream(Language.values())
                .map(l -> new SurveyPage.LanguageLink(
                        l.code(), NAMES.get(l), "/accessibility?lang=" + l.code(), l == current))
                .toList();
    }
}
