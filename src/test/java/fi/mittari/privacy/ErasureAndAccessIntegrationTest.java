package fi.mittari.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A person's answers, named by their pseudonym in a project (in any letter case), by an invitation or by one response:
 * the access export holds all of them and nothing of anyone else, in the words of the language they answered in;
 * erasure deletes them and records only what kind, where and how many.
 */
@MicronautTest(transactional = false)
class ErasureAndAccessIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    ZoneId zone;

    @Inject
    ErasingPersonalData erasing;

    @Inject
    ExportingPersonsAnswers access;

    @Inject
    RemovalLog log;

    PrivacyFixture data;
    String project;
    String spring;
    String autumn;
    long springAnswer;
    long autumnAnswer;
    long someoneElse;

    @BeforeEach
    void onePersonInTwoCampaignsBesideAnother() {
        data = new PrivacyFixture(StaffApi.loginAsAdmin(client.toBlocking()), jdbc, zone);
        project = data.project("coaching", LocalDate.of(2019, 12, 31), null, null);
        spring = data.campaign("spring", project, null, null, null);
        autumn = data.campaign("autumn", project, null, null, null);
        springAnswer = data.respond(spring, "tk-042", "fi", LocalDate.of(2019, 3, 4));
        autumnAnswer = data.respond(autumn, " TK-042 ", "sv", LocalDate.of(2019, 10, 7));
        someoneElse = data.respond(spring, "TK-043", "fi", LocalDate.of(2019, 3, 5));
    }

    @Test
    void theAccessExportHoldsAllAndOnlyThePersonsAnswersInTheirLanguage() {
        List<AccessRow> rows = access.export(new PersonRequest.ByPseudonym(project, "Tk-042"), "test");

        assertThat(rows).extracting(AccessRow::campaign).containsOnly(spring, autumn);
        assertThat(rows.stream().filter(r -> r.questionKey().equals("participant_code")))
                .extracting(AccessRow::answer)
                .as("as stored: trimmed, in the case written")
                .containsExactlyInAnyOrder("tk-042", "TK-042");
        AccessRow swedish = rows.stream()
                .filter(r -> r.campaign().equals(autumn) && r.questionKey().equals("work_ability"))
                .findFirst()
                .orElseThrow();
        assertThat(swedish.language()).isEqualTo("sv");
        assertThat(swedish.question()).isNotEqualTo(finnishLabel("work_ability"));
        AccessRow consent = rows.stream()
                .filter(r -> r.questionKey().equals("consent"))
                .findFirst()
                .orElseThrow();
        assertThat(consent.consent())
                .as("the fingerprint of the words agreed to")
                .hasSize(64);
        assertThat(consent.answer()).isNotEqualTo("accepted");
        assertThat(answersOf(someoneElse)).isGreaterThan(0);
        assertThat(rows).hasSize((int) (answersOf(springAnswer) + answersOf(autumnAnswer)));
        assertThat(audited("access-export", "test"))
                .as("who, where the answers were found and how many rows; never the pseudonym")
                .anySatisfy(entry -> {
                    assertThat(entry.get(0)).isIn(spring, autumn);
                    assertThat(entry.get(1)).isEqualTo("csv, " + rows.size() + " rows");
                });
    }

    @Test
    void erasureByPseudonymDeletesEveryResponseOfThePersonAndRecordsNoneOfIt() {
        List<Removal> removals = erasing.erase(new PersonRequest.ByPseudonym(project, "TK-042"), "admin");

        assertThat(removals).extracting(Removal::campaignSlug).containsExactlyInAnyOrder(spring, autumn);
        assertThat(removals).allSatisfy(r -> {
            assertThat(r.kind()).isEqualTo(RemovalKind.ERASE_PSEUDONYM);
            assertThat(r.responses()).isEqualTo(1);
            assertThat(r.answerRows()).isGreaterThan(3);
            assertThat(r.projectCode()).contains(project);
        });
        assertThat(answersOf(springAnswer) + answersOf(autumnAnswer)).isZero();
        assertThat(data.responses(autumn)).isZero();
        assertThat(data.responses(spring))
                .as("the other person's response stays")
                .isEqualTo(1);
        assertThat(jdbc.queryForList(
                        "SELECT * FROM personal_data_removal WHERE project_code = :p", Map.of("p", project)))
                .allSatisfy(row -> assertThat(row.values().toString()).doesNotContainIgnoringCase("TK-042"));
        assertThat(log.recent(10)).extracting(Removal::campaignSlug).contains(spring, autumn);
        assertThat(audited("erasure", "admin"))
                .contains(
                        List.of("erase_pseudonym " + spring, "1 responses"),
                        List.of("erase_pseudonym " + autumn, "1 responses"))
                .noneSatisfy(entry -> assertThat(entry.toString()).containsIgnoringCase("TK-042"));
    }

    @Test
    void erasureByInvitationOrResponseTakesThatResponseOnly() {
        data.invitation(spring, "INV-7", springAnswer);

        assertThat(erasing.erase(new PersonRequest.ByInvitation(spring, "INV-7"), "admin"))
                .extracting(Removal::responses)
                .containsExactly(1L);
        assertThat(answersOf(springAnswer)).isZero();
        assertThat(answersOf(autumnAnswer)).isGreaterThan(0);

        assertThat(erasing.erase(new PersonRequest.ByResponse(autumnAnswer), "admin"))
                .extracting(Removal::kind)
                .containsExactly(RemovalKind.ERASE_RESPONSE);
        assertThat(data.responses(autumn)).isZero();
        assertThat(erasing.erase(new PersonRequest.ByResponse(autumnAnswer), "admin"))
                .as("nothing left to erase")
                .isEmpty();
    }

    /** [target, details] of the audit entries of {@code action} by {@code actor} about this test's campaigns. */
    private List<List<String>> audited(String action, String actor) {
        return jdbc.query(
                "SELECT target, details FROM audit_entry WHERE action = :action AND actor = :actor"
                        + " AND (target LIKE :spring OR target LIKE :autumn) ORDER BY id",
                Map.of("action", action, "actor", actor, "spring", "%" + spring, "autumn", "%" + autumn),
                (row, n) -> List.of(row.getString("target"), row.getString("details")));
    }

    private long answersOf(long response) {
        return data.count("SELECT COUNT(*) FROM answer WHERE response_id = :id", Map.of("id", response));
    }

    private String finnishLabel(String key) {
        return access.export(new PersonRequest.ByResponse(springAnswer), "test").stream()
                .filter(r -> r.questionKey().equals(key))
                .findFirst()
                .orElseThrow()
                .question();
    }
}
