package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * The languages ticked on a form ({@code languages.fi}…) and the default language chosen ({@code defaultLanguage}),
 * with why they cannot be used: none ticked, or a default that is not among them.
 */
record LanguageChoice(List<Language> languages, Language defaultLanguage, List<BuilderPages.FieldError> errors) {

    static LanguageChoice from(BuilderForm form, Language fallback) {
        List<Language> languages = new ArrayList<>();
        for (Language language : Language.values()) {
            if (form.checked("languages." + language.code())) {
                languages.add(language);
            }
        }
        Language defaultLanguage =
                form.value("defaultLanguage").flatMap(Language::fromCode).orElse(fallback);
        List<BuilderPages.FieldError> errors = new ArrayList<>();
        if (languages.isEmpty()) {
            errors.add(new BuilderPages.FieldError(
                    "languages-" + Language.FI.code(), BuilderPages.message("builder.error.noLanguage")));
        } else if (!languages.contains(defaultLanguage)) {
            errors.add(new BuilderPages.FieldError(
                    "defaultLanguage", BuilderPages.message("builder.error.defaultNotOffered")));
        }
        return new LanguageChoice(List.copyOf(languages), defaultLanguage, List.copyOf(errors));
    }

    static List<BuilderPages.LanguageBox> boxes(List<Language> offered) {
        return java.util.Arrays.stream(Language.values())
                .map(l -> new BuilderPages.LanguageBox(l.code(), offered.contains(l)))
                .toList();
    }
}
