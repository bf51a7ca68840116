package fi.mittari.definition.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class IndicatorDefinitionsApiIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @SuppressWarnings("unchecked")
    void listsTheShippedDefinitionsReadably() {
        Map<String, Object> body = StaffApi.loginAsAdmin(client.toBlocking())
                .get("/api/indicators/definitions")
                .body();
        assertThat((List<Object>) body.getOrDefault("rejectedFiles", List.of()))
                .isEmpty(); // empty lists are left out of the JSON
        List<Map<String, Object>> definitions = (List<Map<String, Object>>) body.get("definitions");
        assertThat(definitions).extracting(d -> d.get("code")).contains("employment_rate", "third_sector_share");
        assertThat(definitions)
                .filteredOn(d -> d.get("code").equals("third_sector_share"))
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .containsEntry("measure", "share of attendance with sector in [third_sector]")
                        .containsEntry("decimals", 3)
                        .containsEntry("basis", "collected")
                        .containsEntry("breakdowns", List.of("region", "event_type", "year"))
                        .containsEntry("unit", Map.of("fi", "osuus", "sv", "andel", "en", "share")));
        assertThat(definitions)
                .filteredOn(d -> d.get("code").equals("regional_networks"))
                .singleElement()
                .satisfies(d -> assertThat(d)
                        .containsEntry("targets", List.of(Map.of("project", "keko", "value", 10, "baseline", 0))));
    }

    @Test
    void isForStaffOnly() {
        var refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> client.toBlocking().exchange("/api/indicators/definitions"));
        assertThat(refused.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }
}
