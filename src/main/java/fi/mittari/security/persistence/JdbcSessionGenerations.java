package fi.mittari.security.persistence;

import fi.mittari.security.SessionGenerations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The session generation in column staff_user.session_generation. */
@Singleton
class JdbcSessionGenerations implements SessionGenerations {

    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionOperations<?> transactions;

    JdbcSessionGenerations(NamedParameterJdbcTemplate jdbc, TransactionOperations<?> transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public Optional<Long> ofEnabled(String username) {
        List<Long> found = jdbc.queryForList(
                "SELECT session_generation FROM staff_user WHERE username = :username AND enabled = TRUE",
                Map.of("username", username),
                Long.class);
        return found.stream().findFirst();
    }

    @Override
    public void moveOn(String username, Runnable whenTransactionEnds) {
        jdbc.update(
                "UPDATE staff_user SET session_generation = session_generation + 1 WHERE username = :username",
                Map.of("username", username));
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
