package fi.mittari.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where staff accounts are kept (a port: {@link StaffAccounts} and {@link OwnAccount} decide what may change, the
 * adapter in {@code security.persistence} stores it). Roles are given in their usual order.
 */
public interface AccountStore {

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
