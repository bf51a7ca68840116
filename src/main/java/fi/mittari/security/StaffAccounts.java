package fi.mittari.security;

import fi.mittari.audit.AuditEvent;
import fi.mittari.audit.AuditTrail;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Staff accounts as an admin manages them: create with a generated password, disable and enable, change roles, reset
 * a password. Every change that makes an account's existing sessions wrong ends them ({@link StaffSessions}); no change
 * may leave Mittari without an enabled admin.
 */
@Singleton
public class StaffAccounts {

    /** The languages of the staff pages; the first is the default. */
    public static final List<String> LANGUAGES = List.of("fi", "sv", "en");

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");

    private final AccountStore store;
    private final PasswordHashing hashing;
    private final StaffSessions sessions;
    private final Clock clock;
    private final AuditTrail audit;

    StaffAccounts(AccountStore store, PasswordHashing hashing, StaffSessions sessions, Clock clock, AuditTrail audit) {
        this.store = store;
        this.hashing = hashing;
        this.sessions = sessions;
        this.clock = clock;
        this.audit = audit;
    }

    /** A new account, or why it was not created. */
    public sealed interface Creation {
        /** The account and its generated password, to be shown once and never stored in the clear. */
        record Created(StaffAccount account, String password) implements Creation {}

        record Refused(List<AccountProblem> problems) implements Creation {}
    }

    public List<StaffAccount> all() {
        return store.all();
    }

    public Optional<StaffAccount> byUsername(String username) {
        return store.byUsername(username);
    }

    @Transactional
    public Creation create(String username, List<String> roles, String language) {
        List<AccountProblem> problems = new ArrayList<>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add(new AccountProblem("username", "accounts.error.username"));
        } else if (byUsername(username).isPresent()) {
            problems.add(new AccountProblem("username", "accounts.error.usernameTaken"));
        }
        rolesProblem(roles).ifPresent(problems::add);
        if (!LANGUAGES.contains(language)) {
            problems.add(new AccountProblem("language", "accounts.error.language"));
        }
        if (!problems.isEmpty()) {
            return new Creation.Refused(problems);
        }
        String password = GeneratedPasswords.next();
        store.add(username, hashing.hash(password), ordered(roles), language, clock.instant());
        audit.record(new AuditEvent.AccountCreated(username, ordered(roles)));
        return new Creation.Created(byUsername(username).orElseThrow(), password);
    }

    /** Disables or re-enables an account; disabling ends its sessions. */
    @Transactional
    public Optional<AccountProblem> setEnabled(String username, boolean enabled) {
        StaffAccount account = byUsername(username).orElseThrow();
        if (!enabled && account.has(Roles.ADMIN) && account.enabled() && !anotherEnabledAdmin(username)) {
            return Optional.of(new AccountProblem("enabled", "accounts.error.lastAdminDisabled"));
        }
        store.setEnabled(username, enabled);
        sessions.endAll(username);
        audit.record(new AuditEvent.AccountEnabled(username, enabled));
        return Optional.empty();
    }

    /** Replaces an account's roles; its sessions end, because their tokens carry the old roles. */
    @Transactional
    public Optional<AccountProblem> changeRoles(String username, List<String> roles) {
        StaffAccount account = byUsername(username).orElseThrow();
        Optional<AccountProblem> problem = rolesProblem(roles);
        if (problem.isPresent()) {
            return problem;
        }
        if (account.has(Roles.ADMIN) && !roles.contains(Roles.ADMIN) && !anotherEnabledAdmin(username)) {
            return Optional.of(new AccountProblem("roles", "accounts.error.lastAdminDemoted"));
        }
        store.setRoles(username, ordered(roles));
        sessions.endAll(username);
        audit.record(new AuditEvent.RolesChanged(username, ordered(roles)));
        return Optional.empty();
    }

    /** Gives the account a new generated password and ends its sessions; returns the password to show once. */
    @Transactional
    public String resetPassword(String username) {
        String password = GeneratedPasswords.next();
        setPassword(username, password);
        audit.record(new AuditEvent.PasswordReset(username));
        return password;
    }

    /** Stores a new password hash and ends the account's sessions. */
    void setPassword(String username, String password) {
        store.setPasswordHash(username, hashing.hash(password));
        sessions.endAll(username);
    }

    private boolean anotherEnabledAdmin(String username) {
        return all().stream()
                .anyMatch(
                        a -> a.enabled() && a.has(Roles.ADMIN) && !a.username().equals(username));
    }

    private static Optional<AccountProblem> rolesProblem(List<String> roles) {
        return roles.isEmpty() || !Roles.ALL.containsAll(roles)
                ? Optional.of(new AccountProblem("roles", "accounts.error.roles"))
                : Optional.empty();
    }

    /** The roles in their usual order, each once. */
    private static List<String> ordered(List<String> roles) {
        return Roles.ALL.stream().filter(roles::contains).toList();
    }
}
