package fi.mittari.security.web;

import static fi.mittari.security.web.AccountForms.text;
import static fi.mittari.security.web.AccountForms.values;

import fi.mittari.security.AccountProblem;
import fi.mittari.security.FunderProjects;
import fi.mittari.security.Roles;
import fi.mittari.security.StaffAccount;
import fi.mittari.security.StaffAccounts;
import fi.mittari.security.StaffAccounts.Creation;
import fi.mittari.security.web.AccountForms.EnabledForm;
import fi.mittari.security.web.AccountForms.NewAccountForm;
import fi.mittari.security.web.AccountForms.ProjectsForm;
import fi.mittari.security.web.AccountForms.RolesForm;
import fi.mittari.security.web.AccountViews.AccountList;
import fi.mittari.security.web.AccountViews.AccountPage;
import fi.mittari.security.web.AccountViews.Errors;
import fi.mittari.security.web.AccountViews.NewAccount;
import fi.mittari.security.web.AccountViews.PasswordShown;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The admin's account pages: the list, a new account (its generated password shown once on the next page), and an
 * account's page to disable or enable it, change its roles, reset its password and choose a FUNDER's projects. Every
 * change is a POST answered with a redirect, or with the form again and its errors (422).
 */
@Controller("/staff/users")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ADMIN)
class AccountPagesController {

    private final StaffAccounts accounts;
    private final FunderProjects funderProjects;
    private final ShownOncePassword shownOnce;
    private final FreshLogin freshLogin;

    AccountPagesController(
            StaffAccounts accounts, FunderProjects funderProjects, ShownOncePassword shownOnce, FreshLogin freshLogin) {
        this.accounts = accounts;
        this.funderProjects = funderProjects;
        this.shownOnce = shownOnce;
        this.freshLogin = freshLogin;
    }

    @Get
    ModelAndView<?> list() {
        return new ModelAndView<>("accounts/list", Map.of("page", new AccountList(accounts.all())));
    }

    @Get("/new")
    ModelAndView<?> newAccount() {
        return newAccountPage("", List.of(), StaffAccounts.LANGUAGES.get(0), Errors.NONE);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Nullable @Body NewAccountForm form) {
        NewAccountForm posted = form == null ? NewAccountForm.EMPTY : form;
        String username = text(posted.username());
        String language = text(posted.language());
        Creation outcome = accounts.create(username, values(posted.roles()), language);
        if (outcome instanceof Creation.Created created) {
            return HttpResponse.seeOther(URI.create(ShownOncePassword.page(username)))
                    .cookie(shownOnce.seal(username, created.password()));
        }
        Errors errors = new Errors(((Creation.Refused) outcome).problems());
        return refused(newAccountPage(username, values(posted.roles()), language, errors));
    }

    @Get("/{username}")
    HttpResponse<?> account(String username, @Nullable @QueryValue String saved, Authentication me) {
        return accounts.byUsername(username)
                .<HttpResponse<?>>map(a -> HttpResponse.ok(accountPage(a, a.roles(), me, saved, Errors.NONE)))
                .orElseGet(HttpResponse::notFound);
    }

    @Post("/{username}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> changeRoles(
            String username, @Nullable @Body RolesForm form, Authentication me, HttpRequest<?> request) {
        RolesForm posted = form == null ? RolesForm.EMPTY : form;
        Optional<StaffAccount> account = accounts.byUsername(username);
        if (account.isEmpty()) {
            return HttpResponse.notFound();
        }
        List<String> roles = values(posted.roles());
        Optional<AccountProblem> problem = accounts.changeRoles(username, roles);
        if (problem.isPresent()) {
            return refused(accountPage(account.get(), roles, me, "", new Errors(List.of(problem.get()))));
        }
        return keepSelfLoggedIn(saved(username, "roles"), username, me, request);
    }

    @Post("/{username}/enabled")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> setEnabled(String username, @Nullable @Body EnabledForm form, Authentication me) {
        EnabledForm posted = form == null ? EnabledForm.EMPTY : form;
        Optional<StaffAccount> account = accounts.byUsername(username);
        if (account.isEmpty()) {
            return HttpResponse.notFound();
        }
        boolean enabled = Boolean.TRUE.equals(posted.enabled());
        Optional<AccountProblem> problem = accounts.setEnabled(username, enabled);
        if (problem.isPresent()) {
            var page = accountPage(account.get(), account.get().roles(), me, "", new Errors(List.of(problem.get())));
            return refused(page);
        }
        return saved(username, enabled ? "enabled" : "disabled");
    }

    @Post("/{username}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> resetPassword(String username, Authentication me, HttpRequest<?> request) {
        if (accounts.byUsername(username).isEmpty()) {
            return HttpResponse.notFound();
        }
        String password = accounts.resetPassword(username);
        var response = HttpResponse.seeOther(URI.create(ShownOncePassword.page(username)))
                .cookie(shownOnce.seal(username, password));
        return keepSelfLoggedIn(response, username, me, request);
    }

    @Get("/{username}/password")
    HttpResponse<?> passwordShownOnce(String username, HttpRequest<?> request) {
        if (accounts.byUsername(username).isEmpty()) {
            return HttpResponse.notFound();
        }
        String password = shownOnce.open(request, username).orElse("");
        var page = new ModelAndView<>("accounts/password", Map.of("page", new PasswordShown(username, password)));
        return HttpResponse.ok(page).header("Cache-Control", "no-store").cookie(shownOnce.clear(username));
    }

    @Post("/{username}/projects")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> assignProjects(String username, @Nullable @Body ProjectsForm form, Authentication me) {
        ProjectsForm posted = form == null ? ProjectsForm.EMPTY : form;
        Optional<StaffAccount> account = accounts.byUsername(username);
        if (account.isEmpty()) {
            return HttpResponse.notFound();
        }
        var refusal = funderProjects.assign(username, values(posted.projects()));
        if (refusal.isPresent()) {
            String key = refusal.get() instanceof FunderProjects.Refusal.NotAFunder
                    ? "accounts.error.notAFunder"
                    : "accounts.error.unknownProjects";
            var problem = new AccountProblem("projects", key);
            return refused(accountPage(account.get(), account.get().roles(), me, "", new Errors(List.of(problem))));
        }
        return saved(username, "projects");
    }

    private ModelAndView<?> newAccountPage(String username, List<String> roles, String language, Errors errors) {
        var page = new NewAccount(username, AccountViews.roles(roles), language, StaffAccounts.LANGUAGES, errors);
        return new ModelAndView<>("accounts/new", Map.of("page", page));
    }

    private ModelAndView<?> accountPage(
            StaffAccount account, List<String> roles, Authentication me, @Nullable String saved, Errors errors) {
        var projects = account.has(Roles.FUNDER)
                ? AccountViews.projects(funderProjects.choices(), funderProjects.of(account.username()))
                : List.<AccountViews.Choice>of();
        boolean self = account.username().equals(me.getName());
        var page =
                new AccountPage(account, AccountViews.roles(roles), projects, self, saved == null ? "" : saved, errors);
        return new ModelAndView<>("accounts/account", Map.of("page", page));
    }

    private MutableHttpResponse<?> keepSelfLoggedIn(
            MutableHttpResponse<?> response, String username, Authentication me, HttpRequest<?> request) {
        return username.equals(me.getName()) ? freshLogin.keep(response, username, request) : response;
    }

    private static MutableHttpResponse<?> saved(String username, String what) {
        return HttpResponse.seeOther(URI.create("/staff/users/" + username + "?saved=" + what));
    }

    private static HttpResponse<?> refused(ModelAndView<?> page) {
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(page);
    }
}
