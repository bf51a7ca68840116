package fi.mittari;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Beans that several features share. */
@Factory
class InfrastructureFactory {

    /** One clock for the whole application, so tests can fix time wherever it matters. */
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * Hand-written SQL (aggregations, reports) goes through Spring's template on the transaction manager's own pool,
     * so it joins the same transactions as the repositories and the batch chunks.
     */
    @Singleton
    NamedParameterJdbcTemplate namedParameterJdbcTemplate(DataSourceTransactionManager transactionManager) {
        return new NamedParameterJdbcTemplate(transactionManager.getDataSource());
    }
}
