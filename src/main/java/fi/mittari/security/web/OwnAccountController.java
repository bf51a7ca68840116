package fi.mittari.security.web;

import static fi.mittari.security.web.AccountForms.text;

import fi.mittari.security.AccountProblem;
import fi.mittari.security.OwnAccount;
import fi.mittari.security.StaffAccounts;
import fi.mittari.security.web.AccountForms.LanguageForm;
import fi.mittari.security.web.AccountForms.PasswordForm;
import fi.mittari.security.web.AccountViews.Errors;
import fi.mittari.security.web.AccountViews.OwnAccountPage;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Every staff member's own account: a new password (with the current one, the new one twice), which ends their other
 * sessions but keeps this browser logged in, and the language of their staff pages.
 */
@Controller("/staff/account")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class OwnAccountController {

    private final OwnAccount own;
    private final StaffAccounts accounts;
    private final FreshLogin freshLogin;

    OwnAccountController(OwnAccount own, StaffAccounts accounts, FreshLogin freshLogin) {
        this.own = own;
        this.accounts = accounts;
        this.freshLogin = freshLogin;
    }

    @Get
    ModelAndView<?> page(Authentication me, @Nullable @QueryValue String saved) {
        return page(me.getName(), saved == null ? "" : saved, Errors.NONE);
    }

    @Post("/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changePassword(@Nullable @Body PasswordForm form, Authentication me, HttpRequest<?> request) {
        PasswordForm posted = form == null ? PasswordForm.EMPTY : form;
        // Passwords are taken as typed: a space at either end is part of them.
        List<AccountProblem> problems = own.changePassword(
                me.getName(), raw(posted.currentPassword()), raw(posted.newPassword()), raw(posted.repeatedPassword()));
        if (!problems.isEmpty()) {
            return refused(page(me.getName(), "", new Errors(problems)));
        }
        var response = HttpResponse.seeOther(URI.create("/staff/account?saved=password"));
        return freshLogin.keep(response, me.getName(), request);
    }

    @Post("/language")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeLanguage(@Nullable @Body LanguageForm form, Authentication me) {
        LanguageForm posted = form == null ? LanguageForm.EMPTY : form;
        List<AccountProblem> problems = own.changeLanguage(me.getName(), text(posted.language()));
        if (!problems.isEmpty()) {
            return refused(page(me.getName(), "", new Errors(problems)));
        }
        return HttpResponse.seeOther(URI.create("/staff/account?saved=language"));
    }

    private ModelAndView<?> page(String username, String saved, Errors errors) {
        String language = accounts.byUsername(username).map(a -> a.language()).orElse(StaffAccounts.LANGUAGES.get(0));
        var page = new OwnAccountPage(username, language, StaffAccounts.LANGUAGES, saved, errors);
        return new ModelAndView<>("accounts/own", Map.of("page", page));
    }

    private static String raw(@Nullable String value) {
        return value == null ? "" : value;
    }

    private static HttpResponse<?> refused(ModelAndView<?> page) {
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(page);
    }
}
