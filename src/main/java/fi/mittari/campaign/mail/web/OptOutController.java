package fi.mittari.campaign.mail.web;

import fi.mittari.campaign.mail.OptingOut;
import fi.mittari.questionnaire.Language;
import fi.mittari.web.UiText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.Map;

/**
 * The opt-out link of every message, /optout/{token}, in fi, sv or en. Opening it only asks (mail scanners open links
 * to look at them, and must not opt anyone out); the button, a plain form without JavaScript, does it. Every token,
 * known or not, gets the same pages, so they reveal nothing about who is on a list.
 */
@Controller("/optout/{token}")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class OptOutController {

    private final OptingOut optingOut;
    private final UiText ui;

    OptOutController(OptingOut optingOut, UiText ui) {
        this.optingOut = optingOut;
        this.ui = ui;
    }

    /** The page in the link's language, the browser's, or Finnish. */
    public record OptOutPage(
            String lang,
            String title,
            String body,
            String confirm,
            String action,
            boolean asks,
            String skipToContent,
            String footerLink,
            String footerText) {}

    @Get
    ModelAndView<?> ask(
            String token,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Language language = language(lang, acceptLanguage);
        return page(language, "optout.title", "optout.body", "/optout/" + token + "?lang=" + language.code(), true);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    ModelAndView<?> optOut(
            String token,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        optingOut.optOut(token);
        return page(language(lang, acceptLanguage), "optout.done.title", "optout.done.body", "", false);
    }

    private ModelAndView<?> page(Language language, String title, String body, String action, boolean asks) {
        var locale = language.locale();
        return new ModelAndView<>(
                "optout/page",
                Map.of(
                        "page",
                        new OptOutPage(
                                language.code(),
                                ui.get(locale, title),
                                ui.get(locale, body),
                                ui.get(locale, "optout.confirm"),
                                action,
                                asks,
                                ui.get(locale, "skip.to.content"),
                                "/accessibility?lang=" + language.code(),
                                ui.get(locale, "footer.accessibility"))));
    }

    private static Language language(@Nullable String lang, @Nullable String acceptLanguage) {
        return Language.fromCode(lang)
                .or(() -> Language.fromCode(
                        acceptLanguage == null ? null : acceptLanguage.split(",")[0]))
                .orElse(Language.FI);
    }
}
