package fi.mittari.privacy.web;

import fi.mittari.privacy.PrivacySettings;
import fi.mittari.privacy.RetentionAction;
import fi.mittari.privacy.RetentionRule;
import fi.mittari.questionnaire.Language;
import fi.mittari.response.RespondentLanguage;
import fi.mittari.web.UiText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The privacy notice (tietosuojaseloste) of a campaign at /privacy/{slug}, in Finnish, Swedish or English as the
 * accessibility statement is chosen: {@code ?lang=}, then the browser's languages. Linked from the form's footer.
 */
@Controller("/privacy")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
class PrivacyNoticeController {

    private static final Map<Language, String> NAMES =
            Map.of(Language.FI, "Suomeksi", Language.SV, "På svenska", Language.EN, "In English");

    private final PrivacySettings settings;
    private final UiText ui;

    PrivacyNoticeController(PrivacySettings settings, UiText ui) {
        this.settings = settings;
        this.ui = ui;
    }

    @Get("/{slug}")
    HttpResponse<?> notice(
            String slug,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        if (slug.length() > 64) {
            return HttpResponse.notFound();
        }
        Optional<PrivacySettings.NoticeFields> found = settings.notice(slug);
        if (found.isEmpty()) {
            return HttpResponse.notFound();
        }
        PrivacySettings.NoticeFields fields = found.get();
        Language language = RespondentLanguage.choose(
                List.of(Language.values()),
                Language.FI,
                Optional.ofNullable(lang),
                Optional.ofNullable(acceptLanguage));
        Locale locale = language.locale();
        List<PrivacyNoticePage.Section> sections = List.of(
                section(
                        locale,
                        "privacy.controller",
                        fields.controller()
                                .map(c -> fields.projectName()
                                        .map(p -> c + " (" + p + ")")
                                        .orElse(c))
                                .orElseGet(() -> ui.get(locale, "privacy.controller.unset"))),
                section(
                        locale,
                        "privacy.purpose",
                        ui.get(locale, "privacy.purpose.text", fields.funder().orElse("–"))),
                section(locale, "privacy.basis", ui.get(locale, "privacy.basis.text")),
                section(locale, "privacy.retention", retention(locale, fields.rule(), fields.ownRule())),
                section(locale, "privacy.rights", ui.get(locale, "privacy.rights.text")),
                section(
                        locale,
                        "privacy.contact",
                        fields.contact().orElseGet(() -> ui.get(locale, "privacy.contact.unset"))));
        var page = new PrivacyNoticePage(
                language.code(),
                ui.get(locale, "privacy.title", fields.title()),
                ui.get(locale, "skip.to.content"),
                ui.get(locale, "language.switch"),
                Arrays.stream(Language.values())
                        .map(l -> new PrivacyNoticePage.LanguageLink(
                                l.code(), NAMES.get(l), "/privacy/" + slug + "?lang=" + l.code(), l == language))
                        .toList(),
                sections);
        return HttpResponse.ok(new ModelAndView<>("survey/privacy-notice", Map.of("page", page)));
    }

    private PrivacyNoticePage.Section section(Locale locale, String key, String text) {
        return new PrivacyNoticePage.Section(ui.get(locale, key), text);
    }

    private String retention(Locale locale, Optional<RetentionRule> rule, boolean ownRule) {
        if (rule.isEmpty()) {
            return ui.get(locale, "privacy.retention.unset");
        }
        String key = rule.get().action() == RetentionAction.DELETE
                ? "privacy.retention.delete"
                : "privacy.retention.anonymise";
        return ui.get(locale, ownRule ? key + "Campaign" : key, rule.get().months());
    }
}
