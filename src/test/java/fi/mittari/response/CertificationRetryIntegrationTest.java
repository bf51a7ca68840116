package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A submission whose commit a Galera node refuses at certification is tried again and stored once. */
@MicronautTest(transactional = false)
@Property(name = "test.writer", value = "conflicts")
class CertificationRetryIntegrationTest {

    private static final Map<String, Object> ANSWERS = Map.of(
            "new_partners", "yes",
            "topical_knowledge", "partly",
            "employment_knowledge", "no",
            "region", "lappi",
            "organisation_type", "company",
            "usefulness", 9,
            "partner_activities", List.of("joint_services"));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    CertificationConflicts writer;

    @Inject
    ResponseRepository responses;

    @Test
    void aSubmissionRefusedTwiceAtCertificationIsStoredOnceOnTheThirdTry() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        staff.openCampaign("retry-test", "keko-impact", "Retry test");
        writer.refuseNext(2);

        var stored = staff.post("/api/campaigns/retry-test/responses", Map.of("answers", ANSWERS));

        assertThat(stored.code()).isEqualTo(201);
        assertThat(writer.refused.get()).isEqualTo(2);
        long id = ((Number) stored.body().get("id")).longValue();
        assertThat(responses.findById(id)).isPresent();
    }
}
