package fi.mittari;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import org.junit.jupiter.api.Test;

class RetriedWriteFailureTest {

    private final RetriedWriteFailure predicate = new RetriedWriteFailure();

    @Test
    void retriesAGaleraCertificationFailureWrappedByTheDataLayer() {
        var certification = new SQLTransactionRollbackException(
                "Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        assertThat(predicate.test(new RuntimeException("commit failed", new IllegalStateException(certification))))
                .isTrue();
    }

    @Test
    void retriesADeadlockReportedOnlyByItsErrorCode() {
        assertThat(predicate.test(new RuntimeException(new SQLException("deadlock", "HY000", 1213))))
                .isTrue();
    }

    @Test
    void retriesAConnectionLostWithItsDatabaseNode() {
        assertThat(predicate.test(new RuntimeException(new SQLNonTransientConnectionException("gone", "08000"))))
                .isTrue();
    }

    @Test
    void doesNotRetryAnswersThatAreRefusedForGood() {
        assertThat(predicate.test(new RuntimeException(
                        new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062))))
                .isFalse();
        assertThat(predicate.test(new IllegalArgumentException("too long"))).isFalse();
    }
}
