package fi.mittari;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
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
     * The zone every day boundary is drawn in (see docs/indicators.md, Time zone). Created at start-up, so an unknown
     * zone stops the application before it counts a single answer in the wrong day.
     */
    @Context
    ZoneId timeZone(TimeZoneSetting setting) {
        return setting.zone();
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
