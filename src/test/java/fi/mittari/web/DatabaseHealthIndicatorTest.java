package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthResult;
import java.lang.reflect.Proxy;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

class DatabaseHealthIndicatorTest {

    @Test
    void aFrozenDatabaseIsReportedDownWithinAFewSeconds() throws Exception {
        // the database answers no connection until the test ends: the indicator must give up on its own
        CountDownLatch thawed = new CountDownLatch(1);
        DataSource frozen = (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        thawed.await();
                    }
                    return null;
                });
        var indicator = new DatabaseHealthIndicator(new DataSourceTransactionManager(frozen));
        indicator.setExecutorService(java.util.concurrent.Executors.newSingleThreadExecutor());
        try {
            HealthResult result = first(indicator);

            // only the indicator's own time limit (3 s) words it so: it did not wait for the connection
            assertThat(result.getStatus()).isEqualTo(HealthStatus.DOWN);
            assertThat(result.getDetails().toString()).contains("did not answer within 3 s");
        } finally {
            thawed.countDown();
            indicator.stop();
        }
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
