package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Two instances started together on an empty database both start: the first admin account is created once. */
@MicronautTest(transactional = false)
class TwinStartupIntegrationTest {

    @Inject
    AdminBootstrap bootstrap;

    @Inject
    AccountStore users;

    @Inject
    NamedParameterJdbcTemplate sql;

    @Test
    void theAdminBootstrapToleratesATwinStartingAtTheSameTime() throws Exception {
        ExecutorService twins = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 15; round++) {
                sql.getJdbcTemplate().update("DELETE FROM funder_project");
                sql.getJdbcTemplate().update("DELETE FROM staff_user");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<?>> starts = new ArrayList<>();
                for (int twin = 0; twin < 2; twin++) {
                    starts.add(twins.submit(() -> {
                        together.await();
                        bootstrap.onStartup(null);
                        return null;
                    }));
                }
                for (Future<?> start : starts) {
                    start.get(); // a start-up that fails throws here
                }
                assertThat(users.all().size())
                        .as("admin accounts after round " + round)
                        .isEqualTo(1);
            }
        } finally {
            twins.shutdownNow();
        }
        assertThat(users.byUsername("admin")).isPresent();
    }
}
