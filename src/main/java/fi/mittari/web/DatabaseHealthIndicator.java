package fi.mittari.web;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The database's health for the public /health endpoint: up or down, product and version — never the connection
 * URL, host or account, which Micronaut's own JDBC indicator would publish.
 */
@Singleton
class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final DataSourceTransactionManager transactionManager;

    DatabaseHealthIndicator(DataSourceTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    @Override
    protected String getName() {
        return "database";
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        try (Connection connection = transactionManager.getDataSource().getConnection()) {
            if (!connection.isValid(3)) {
                healthStatus = HealthStatus.DOWN;
                return Map.of("error", "the database did not answer within 3 s");
            }
            DatabaseMetaData metadata = connection.getMetaData();
            healthStatus = HealthStatus.UP;
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("product", metadata.getDatabaseProductName());
            details.put("version", metadata.getDatabaseProductVersion());
            return details;
        } catch (SQLException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("error", "no connection (" + e.getClass().getSimpleName() + ")");
        }
    }
}
