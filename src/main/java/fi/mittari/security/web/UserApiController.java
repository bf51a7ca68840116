package fi.mittari.security.web;

import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import fi.mittari.security.AccountStore;
import fi.mittari.security.FunderProjects;
import fi.mittari.security.OwnAccount;
import fi.mittari.security.PasswordHashing;
import fi.mittari.security.Roles;
import fi.mittari.security.StaffAccount;
import fi.mittari.security.StaffSessions;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Staff accounts: admins create them; everyone changes their own password. */
@ApiErrors
@Controller("/api/users")
@ExecuteOn(TaskExecutors.BLOCKING)
class UserApiController {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
    static final int MINIMUM_PASSWORD_LENGTH = OwnAccount.MINIMUM_PASSWORD_LENGTH;

    private final AccountStore accounts;
    private final PasswordHashing hashing;
    private final Clock clock;
    private final FunderProjects funderProjects;
    private final StaffSessions sessions;
    private final AuditTrail audit;

    UserApiController(
            AccountStore accounts,
            PasswordHashing hashing,
            Clock clock,
            FunderProjects funderProjects,
            StaffSessions sessions,
            AuditTrail audit) {
        this.accounts = accounts;
        this.hashing = hashing;
        this.clock = clock;
        this.funderProjects = funderProjects;
        this.sessions = sessions;
        this.audit = audit;
    }

    /** The projects whose reports a FUNDER account sees: replaces the account's list. */
    @Put("/{username}/projects")
    @Secured(Roles.ADMIN)
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = FunderView.class)))
    HttpResponse<?> assignProjects(String username, @Body ProjectAssignment request) {
        List<String> codes = request.projects() == null ? List.of() : request.projects();
        var refusal = funderProjects.assign(username, codes);
        if (refusal.isEmpty()) {
            return HttpResponse.ok(new FunderView(username, List.copyOf(funderProjects.of(username))));
        }
        if (refusal.get() instanceof FunderProjects.Refusal.NoSuchUser) {
            return HttpResponse.notFound(ApiProblem.of("No user '" + username + "'"));
        }
        String message = refusal.get() instanceof FunderProjects.Refusal.UnknownProjects unknown
                ? "there are no projects with codes " + unknown.codes()
                : "projects are assigned only to FUNDER accounts; '" + username + "' is not one";
        return HttpResponse.unprocessableEntity()
                .body(new ApiProblem("The projects were not assigned", List.of(invalid("projects", message))));
    }

    @Get("/{username}/projects")
    @Secured(Roles.ADMIN)
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = FunderView.class)))
    HttpResponse<?> projects(String username) {
        return accounts.exists(username)
                ? HttpResponse.ok(new FunderView(username, List.copyOf(funderProjects.of(username))))
                : HttpResponse.notFound(ApiProblem.of("No user '" + username + "'"));
    }

    @Post
    @Secured(Roles.ADMIN)
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = UserView.class)))
    HttpResponse<?> create(@Body NewUser request) {
        List<ApiProblem.Detail> problems = new ArrayList<>();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            problems.add(invalid("username", "must be 3–100 letters, digits or . _ @ -"));
        }
        passwordProblem("password", request.password()).ifPresent(problems::add);
        List<String> roles = request.roles() == null ? List.of() : request.roles();
        if (roles.isEmpty() || !Roles.ALL.containsAll(roles)) {
            problems.add(invalid("roles", "must be one or more of " + Roles.ALL));
        }
        if (!problems.isEmpty()) {
            return HttpResponse.unprocessableEntity().body(new ApiProblem("The account was not created", problems));
        }
        if (accounts.exists(request.username())) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(new ApiProblem(
                            "The account was not created", List.of(invalid("username", "is already in use"))));
        }
        accounts.add(
                request.username(),
                hashing.hash(request.password()),
                roles,
                StaffAccount.DEFAULT_LANGUAGE,
                clock.instant());
        audit.record(new AuditEvent.AccountCreated(request.username(), roles));
        return HttpResponse.created(
                new UserView(request.username(), roles), URI.create("/api/users/" + request.username()));
    }

    @Post("/me/password")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @ApiResponse(responseCode = "204", description = "Changed; the account's other sessions are ended")
    HttpResponse<?> changePassword(Authentication authentication, @Body PasswordChange request) {
        String username = authentication.getName();
        if (request.currentPassword() == null
                || !hashing.matches(request.currentPassword(), accounts.passwordHash(username))) {
            return HttpResponse.unprocessableEntity()
                    .body(new ApiProblem(
                            "The password was not changed",
                            List.of(invalid("currentPassword", "is not your current password"))));
        }
        var problem = passwordProblem("newPassword", request.newPassword());
        if (problem.isPresent()) {
            return HttpResponse.unprocessableEntity()
                    .body(new ApiProblem("The password was not changed", List.of(problem.get())));
        }
        accounts.setPasswordHash(username, hashing.hash(request.newPassword()));
        // Whoever else holds a session of this account (a stolen token, another browser) is logged out with it.
        sessions.endAll(username);
        return HttpResponse.noContent();
    }

    private static java.util.Optional<ApiProblem.Detail> passwordProblem(String field, @Nullable String password) {
        if (password == null || !OwnAccount.acceptable(password)) {
            return java.util.Optional.of(invalid(
                    field,
                    "must be " + MINIMUM_PASSWORD_LENGTH + "–" + OwnAccount.MAXIMUM_PASSWORD_LENGTH + " characters"));
        }
        return java.util.Optional.empty();
    }

    private static ApiProblem.Detail invalid(String field, String message) {
        return new ApiProblem.Detail(field, "invalid", message);
    }

    @Serdeable
    record NewUser(@Nullable String username, @Nullable String password, @Nullable List<String> roles) {}

    @Serdeable
    record PasswordChange(@Nullable String currentPassword, @Nullable String newPassword) {}

    @Serdeable
    record ProjectAssignment(@Nullable List<String> projects) {}

    @Serdeable
    record FunderView(String username, List<String> projects) {}

    @Serdeable
    record UserView(String username, List<String> roles) {}
}
