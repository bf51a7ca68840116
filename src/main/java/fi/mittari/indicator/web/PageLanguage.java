package fi.mittari.indicator.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.web.PageLocale;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** The language of a staff page, for names that come from data (code lists, questionnaires, definitions). */
@Singleton
class PageLanguage {

    private final PageLocale locales;

    PageLanguage(PageLocale locales) {
        this.locales = locales;
    }

    Language of(HttpRequest<?> request) {
        return Language.fromCode(locales.of(request).getLanguage()).orElse(Language.FI);
    }
}
