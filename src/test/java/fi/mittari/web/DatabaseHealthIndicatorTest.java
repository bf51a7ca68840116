package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

class DatabaseHealthIndicatorTest {

    @Test
    void aFrozenDatabaseIsReportedDownWithinAFewSeconds() throws Exception {
        DataSource frozen = (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        Thread.sleep(60_000);
                    }
                    return null;
                });
        var indicator = new DatabaseHealthIndicator(new DataSourceTransactionManager(frozen));
        indicator.setExecutorService(java.util.concurrent.Executors.newSingleThreadExecutor());
        long started = System.nanoTime();

        HealthResult result = first(indicator);

        assertThat(result.getStatus()).isEqualTo(HealthStatus.DOWN);
        assertThat(result.getDetails().toString()).contains("did not answer within 3 s");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        indicator.stop();
    }

    private static HealthResult first(DatabaseHealthIndicator indicator) throws Exception {
        CompletableFuture<HealthResult> result = new CompletableFuture<>();
        indicator.getResult().subscribe(new Subscriber<HealthResult>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult item) {
                result.complete(item);
            }

            @Override
            public void onError(Throwable error) {
                result.completeExceptionally(error);
            }

            @Override
            public void onComplete() {}
        });
        return result.get(30, TimeUnit.SECONDS);
    }
}
