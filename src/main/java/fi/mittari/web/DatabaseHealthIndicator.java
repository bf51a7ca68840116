package fi.mittari.web;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The database's health for /health: up or down within {@value #ANSWER_WITHIN_SECONDS} s, and for logged-in staff the
 * product and version (details are hidden from anonymous callers, see application.yml) — never the connection URL,
 * host or account, which Micronaut's own JDBC indicator would publish. The check runs on its own thread and is
 * awaited for a bounded time: a frozen database would otherwise hold it for the pool's connection timeout (30 s)
 * before a load balancer heard anything.
 */
@Singleton
class DatabaseHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    static final int ANSWER_WITHIN_SECONDS = 3;

    private final DataSourceTransactionManager transactionManager;
    private final ExecutorService checks = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-health");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Map<String, Object>> running;

    DatabaseHealthIndicator(DataSourceTransactionManager transactionManager) {
        this.transactionManager = transactionManager;
    }

    @Override
    protected String getName() {
        return "database";
    }

    @Override
    protected synchronized Map<String, Object> getHealthInformation() {
        // A check still waiting for a frozen database is awaited again rather than joined by another one.
        if (running == null || running.isDone()) {
            running = checks.submit(this::check);
        }
        try {
            Map<String, Object> details = running.get(ANSWER_WITHIN_SECONDS, TimeUnit.SECONDS);
            healthStatus = details.containsKey("error") ? HealthStatus.DOWN : HealthStatus.UP;
            return details;
        } catch (TimeoutException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of("error", "the database did not answer within " + ANSWER_WITHIN_SECONDS + " s");
        } catch (ExecutionException e) {
            healthStatus = HealthStatus.DOWN;
            return Map.of(
                    "error", "the check failed (" + e.getCause().getClass().getSimpleName() + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            healthStatus = HealthStatus.DOWN;
            return Map.of("error", "interrupted");
        }
    }

    private Map<String, Object> check() {
        try (Connection connection = transactionManager.getDataSource().getConnection()) {
            if (!connection.isValid(ANSWER_WITHIN_SECONDS)) {
                return Map.of("error", "the database did not answer within " + ANSWER_WITHIN_SECONDS + " s");
            }
            DatabaseMetaData metadata = connection.getMetaData();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("product", metadata.getDatabaseProductName());
            details.put("version", metadata.getDatabaseProductVersion());
            return details;
        } catch (SQLException e) {
            return Map.of("error", "no connection (" + e.getClass().getSimpleName() + ")");
        }
    }

    @PreDestroy
    void stop() {
        checks.shutdownNow();
    }
}
