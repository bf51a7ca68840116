package fi.mittari;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * An answer acknowledged to a respondent must survive the process being killed. H2 keeps commits in memory for up to
 * half a second unless its write delay is 0, and reads that delay from the connection URL each time the database
 * opens: the default URL sets it, and this sets it again for an H2 URL given in MITTARI_DB_URL without it. MariaDB
 * needs nothing here (InnoDB flushes its log at every commit with innodb_flush_log_at_trx_commit=1, its default).
 */
@Singleton
class EmbeddedDurability {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDurability.class);

    private final DataSourceTransactionManager transactionManager;

    EmbeddedDurability(DataSourceTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        try (Connection connection = transactionManager.getDataSource().getConnection()) {
            if (!"H2".equals(connection.getMetaData().getDatabaseProductName())) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                // applies to the open database, i.e. every connection of the pool, until it closes
                statement.execute("SET WRITE_DELAY 0");
            }
        } catch (SQLException e) {
            LOG.warn(
                    "Could not make the embedded database write every commit at once (SET WRITE_DELAY 0): {}",
                    e.toString());
        }
    }
}
