package fi.mittari.security;

import java.util.Optional;

/**
 * Where each account's session generation is kept (a port: {@link StaffSessions} decides which tokens still count and
 * how long it trusts what it read, the adapter in {@code security.persistence} stores the number).
 */
public interface SessionGenerations {

    /** The account's generation; empty when the account does not exist or is disabled. One read of the store. */
    Optional<Long> ofEnabled(String username);

    /**
     * Moves the account's generation on. {@code whenTransactionEnds} runs once the transaction this happens in commits
     * or rolls back; it does not run when there is none.
     */
    void moveOn(String username, Runnable whenTransactionEnds);
}
