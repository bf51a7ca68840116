package fi.mittari.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where staff accounts are kept, the one way to table {@code staff_user} (a port: {@link StaffAccounts} and
 * {@link OwnAccount} decide what may change, start-up creates the first admin, login checks the password, the pages
 * ask the account's language; the adapter in {@code security.persistence} stores it). Roles are given in their usual
 * order.
 */
public interface AccountStore {

    /** What a login checks: the account's stored id (the failed-login budget keeps its pauses by it) and hash. */
    record Credentials(long id, String username, String passwordHash, List<String> roles) {}

    /** Whether any account exists yet. */
    boolean any();

    boolean exists(String username);

    Optional<Credentials> credentials(String username);

    /** The language of the account's pages; empty when there is no such account. */
    Optional<String> language(String username);

    /** Every account, by user name. */
    List<StaffAccount> all();

    Optional<StaffAccount> byUsername(String username);

    /** Adds an enabled account with no session ended yet. */
    void add(String username, String passwordHash, List<String> roles, String language, Instant createdAt);

    void setEnabled(String username, boolean enabled);

    void setRoles(String username, List<String> roles);

    /** The hash of the account's password; the account exists. */
    String passwordHash(String username);

    void setPasswordHash(String username, String passwordHash);

    void setLanguage(String username, String language);
}
