package fi.mittari.indicator.web;

import fi.mittari.questionnaire.Language;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;

/** The language of a staff page, for names that come from data (code lists, questionnaires, definitions). */
@Singleton
class PageLanguage {

    Language of(HttpRequest<?> request) {
        return Language.FI;
    }
}
