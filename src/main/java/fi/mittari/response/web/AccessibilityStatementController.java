package fi.mittari.response.web;

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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The accessibility statement (saavutettavuusseloste) the Finnish Act on the Provision of Digital Services asks for,
 * in Finnish, Swedish or English: chosen by {@code ?lang=}, then the browser's languages, like a respondent's form.
 */
@Controller("/accessibility")
@Secured(SecurityRule.IS_ANONYMOUS)
@Produces(MediaType.TEXT_HTML)
class AccessibilityStatementController {

    private final UiText ui;
    private final String contact;

    AccessibilityStatementController(UiText ui, AccessibilityContactSetting contact) {
        this.ui = ui;
        this.contact = contact.contact();
    }

    @Get
    HttpResponse<?> statement(
            @Nullable @QueryValue String lang, @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = RespondentLanguage.choose(
                List.of(Language.values()),
                Language.FI,
                Optional.ofNullable(lang),
                Optional.ofNullable(acceptLanguage));
        var page = new AccessibilityStatementPage(
                language.code(),
                ui.get(language.locale(), "accessibility.title"),
                ui.get(language.locale(), "skip.to.content"),
                ui.get(language.locale(), "language.switch"),
                AccessibilityStatementPage.languageLinks(language),
                contact);
        return HttpResponse.ok(new ModelAndView<>("accessibility/statement", Map.of("page", page)));
    }
}
