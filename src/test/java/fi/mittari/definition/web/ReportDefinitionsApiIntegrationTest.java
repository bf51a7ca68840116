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

/** The shipped batch/reports/ files, as staff read them over the API. */
@MicronautTest(transactional = false)
class ReportDefinitionsApiIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    @SuppressWarnings("unchecked")
    void listsTheShippedDefinitions() {
        Map<String, Object> body = StaffApi.loginAsAdmin(client.toBlocking())
                .get("/api/reports/definitions")
                .body();
        assertThat((List<Object>) body.getOrDefault("problems", List.of())).isEmpty();
        List<Map<String, Object>> definitions = (List<Map<String, Object>>) body.get("definitions");
        assertThat(definitions).extracting(d -> d.get("code")).containsExactly("keko-stea", "keko-sv", "tyokyky-stea");
        assertThat(definitions.get(0))
                .containsEntry("title", "KeKo – vaikuttavuusraportti")
                .containsEntry("language", "fi")
                .containsEntry("projects", List.of("keko"))
                .containsEntry("period", "project")
                .containsEntry("breakdowns", List.of("month", "region", "event_type", "sector"))
                .containsEntry("schedule", "0 0 6 1 * *")
                .containsEntry("options", Map.of("distributions", true, "data", false, "openText", false))
                .containsEntry("source", "keko-stea v1 (batch/reports/keko.yaml)")
                .containsEntry("line", 2);
        assertThat(definitions.get(1)).containsEntry("period", "previous_year").containsEntry("language", "sv");
        assertThat((Map<String, Object>) definitions.get(2).get("employment"))
                .containsEntry("rate", "employment_rate")
                .containsEntry("byType", "choice:outcome.employment_status");
    }

    @Test
    void isForStaffOnly() {
        var refused = catchThrowableOfType(
                HttpClientResponseException.class, () -> client.toBlocking().exchange("/api/reports/definitions"));
        assertThat(refused.getStatus().getCode()).isEqualTo(HttpStatus.UNAUTHORIZED.getCode());
    }
}
