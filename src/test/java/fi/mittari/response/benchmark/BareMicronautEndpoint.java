package fi.mittari.response.benchmark;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * The framework baseline: an endpoint of the application's own Micronaut server, run on the same blocking executor as
 * the API, that reads the same body with the same serde and writes the rows with {@link BareResponseWrite}, without
 * the service (no campaign rules, validation, Micronaut Data, retry) and open to anyone, so that sent without a token
 * it measures the server, its filters and routing alone, and sent with the API's bearer token (which Micronaut's
 * security filter validates on any route it is sent to) the token's validation besides. Exists only in the
 * benchmark's application context.
 */
@Controller("/bench/bare-responses/{campaign}/{version}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_ANONYMOUS)
@Requires(property = BareMicronautEndpoint.ENABLED, value = "true")
class BareMicronautEndpoint {

    static final String ENABLED = "mittari.bench.bare-endpoint";

    private final BareResponseWrite writer;

    BareMicronautEndpoint(DataSourceTransactionManager transactions) {
        this.writer = new BareResponseWrite(transactions.getDataSource());
    }

    @Post
    HttpResponse<Map<String, Object>> submit(long campaign, long version, @Body Map<String, Map<String, Object>> body)
            throws SQLException {
        String key = UUID.randomUUID().toString();
        long id = writer.write(
                new CampaignRows.CampaignIds(campaign, version), key, body.getOrDefault("answers", Map.of()));
        return HttpResponse.created(Map.of("id", id, "submissionId", key, "repeated", false));
    }
}
