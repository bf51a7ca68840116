package fi.mittari.security.persistence;

import fi.mittari.security.SessionGenerations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * The session generation in column staff_user.session_generation, read and moved on by the accounts' one writer
 * ({@link JdbcAccountStore}); here the move is tied to the end of its transaction.
 */
@Singleton
class JdbcSessionGenerations implements SessionGenerations {

    private final JdbcAccountStore accounts;
    private final TransactionOperations<?> transactions;

    JdbcSessionGenerations(JdbcAccountStore accounts, TransactionOperations<?> transactions) {
        this.accounts = accounts;
        this.transactions = transactions;
    }

    @Override
    public Optional<Long> ofEnabled(String username) {
        return accounts.sessionGenerationOfEnabled(username);
    }

    @Override
    public void moveOn(String username, Runnable whenTransactionEnds) {
        accounts.moveSessionGenerationOn(username);
        transactions
                .findTransactionStatus()
                .ifPresent(status -> status.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCompletion(Status completion) {
                        whenTransactionEnds.run();
                    }
                }));
    }
}
