package fi.mittari;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class DuplicateKeyTest {

    @Test
    void aUniqueKeyRefusalOnEitherDatabaseIsADuplicateHoweverDeeplyWrapped() {
        var h2 = new SQLIntegrityConstraintViolationException("Unique index violation", "23505", 23505);
        var mariadb = new SQLIntegrityConstraintViolationException("Duplicate entry 'x' for key 'k'", "23000", 1062);

        assertThat(DuplicateKey.causedBy(new RuntimeException(new RuntimeException(h2))))
                .isTrue();
        assertThat(DuplicateKey.causedBy(new RuntimeException(mariadb))).isTrue();
    }

    @Test
    void otherIntegrityRefusalsAndLostConnectionsAreNot() {
        var h2ForeignKey = new SQLIntegrityConstraintViolationException("Referential integrity", "23506", 23506);
        var mariadbForeignKey = new SQLIntegrityConstraintViolationException("a foreign key fails", "23000", 1452);
        var lost = new SQLException("Connection reset", "08S01", 0);

        assertThat(DuplicateKey.causedBy(new RuntimeException(h2ForeignKey))).isFalse();
        assertThat(DuplicateKey.causedBy(new RuntimeException(mariadbForeignKey)))
                .isFalse();
        assertThat(DuplicateKey.causedBy(new RuntimeException(lost))).isFalse();
    }
}
