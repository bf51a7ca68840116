package fi.mittari.batch;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.core.SimpleLock;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.support.KeepAliveLockProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Locks shared by every instance on the database (ShedLock's {@code shedlock} table, timed by the database's clock).
 * Two uses: a schedule entry's firing runs on one instance only, and a running job execution holds
 * {@code job-execution-<id>} for as long as its process lives (docs/adr/0012).
 */
@Singleton
class JobLocks {

    private final JdbcTemplateLockProvider provider;
    private final LockingTaskExecutor executor;
    private final KeepAliveLockProvider keptAlive;
    private final ScheduledExecutorService keepAlive;
    private final Duration lease;

    JobLocks(DataSourceTransactionManager transactionManager, BatchSettings settings) {
        this.provider = new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(transactionManager.getDataSource()))
                .withTransactionManager(transactionManager)
                .withTableName("shedlock")
                .withLockedByValue(instanceName())
                .usingDbTime()
                .build());
        this.executor = new DefaultLockingTaskExecutor(provider);
        this.keepAlive = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "job-lock-keep-alive");
            thread.setDaemon(true);
            return thread;
        });
        this.keptAlive = new KeepAliveLockProvider(provider, keepAlive);
        this.lease = settings.executionLockLease();
    }

    /** Runs the task if no instance holds the lock; false when another one does (the task was not run). */
    boolean runOnce(String name, Duration atMost, Duration atLeast, Runnable task) {
        boolean[] ran = {false};
        executor.executeWithLock(
                (Runnable) () -> {
                    ran[0] = true;
                    task.run();
                },
                new LockConfiguration(Instant.now(), name, atMost, atLeast));
        return ran[0];
    }

    /**
     * Takes the lock of a job execution that has just started, and keeps extending it by the lease until released. If
     * the process dies the lock lapses within one lease, and another instance may take the execution over.
     */
    Optional<SimpleLock> holdWhileRunning(long executionId) {
        return keptAlive.lock(new LockConfiguration(Instant.now(), executionLock(executionId), lease, Duration.ZERO));
    }

    /**
     * Takes a job execution's lock if its owner no longer holds it: the owner is gone. Held for {@code atMost} at
     * most, while the caller records the execution as abandoned.
     */
    Optional<SimpleLock> takeOver(long executionId, Duration atMost) {
        return provider.lock(new LockConfiguration(Instant.now(), executionLock(executionId), atMost, Duration.ZERO));
    }

    static String executionLock(long executionId) {
        return "job-execution-" + executionId;
    }

    @PreDestroy
    void stopKeepingAlive() {
        keepAlive.shutdownNow();
    }

    /** The host name plus a per-start id: two instances on one host must not extend each other's locks. */
    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        return host + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
