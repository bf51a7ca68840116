package fi.mittari.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.RetiredAnswers;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Retention on a given day removes exactly the answers whose rule has run out: a project's rule counts from the
 * project's end, a campaign's own from its last day; deleting leaves no rows, anonymising leaves the closed answers
 * without links, identifying or open answers, or exact days. Published indicator values and archived workbooks stay,
 * and the engine keeps the published values of the periods the removed answers were sent in.
 */
@MicronautTest(transactional = false)
class RetentionIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    ZoneId zone;

    @Inject
    RetentionPlan plan;

    @Inject
    ApplyingRetention retention;

    @Inject
    RetiredAnswers retired;

    PrivacyFixture data;
    String ended;
    String running;
    String deleted;
    String anonymised;
    String kept;

    @BeforeEach
    void answersOfTwoProjects() {
        data = new PrivacyFixture(StaffApi.loginAsAdmin(client.toBlocking()), jdbc, zone);
        ended = data.project("ended", LocalDate.of(2019, 6, 30), 6, "DELETE");
        running = data.project("running", LocalDate.of(2019, 6, 30), 24, "DELETE");
        deleted = data.campaign("deleted", ended, null, null, null);
        anonymised = data.campaign("anonymised", ended, LocalDate.of(2019, 3, 1), 1, "ANONYMISE");
        kept = data.campaign("kept", running, null, null, null);
        data.respond(deleted, "AA-1", "fi", LocalDate.of(2019, 2, 5));
        data.respond(deleted, "AA-2", "fi", LocalDate.of(2019, 5, 20));
        long invited = data.respond(anonymised, "AA-3", "sv", LocalDate.of(2019, 2, 14));
        data.invitation(anonymised, "AA-3", invited);
        data.respond(kept, "AA-4", "fi", LocalDate.of(2019, 4, 2));
    }

    @Test
    void nothingIsDueOnTheLastKeptDayAndTheNextDayShowsWhatARunWillTouch() {
        // 30 June and six months: 30 December is the last day kept
        assertThat(slugs(plan.due(LocalDate.of(2019, 12, 30)))).doesNotContain(deleted, kept);
        List<DueCampaign> due = plan.due(LocalDate.of(2019, 12, 31));
        assertThat(slugs(due)).contains(deleted, anonymised).doesNotContain(kept);
        DueCampaign first =
                due.stream().filter(c -> c.slug().equals(deleted)).findFirst().orElseThrow();
        assertThat(first.responses()).isEqualTo(2);
        assertThat(first.firstDay()).contains(LocalDate.of(2019, 2, 5));
        assertThat(first.lastDay()).contains(LocalDate.of(2019, 5, 20));
        assertThat(first.lastKeptDay()).isEqualTo(LocalDate.of(2019, 12, 30));
        // the campaign's own rule: a month from its last day, 28 February
        DueCampaign own = due.stream()
                .filter(c -> c.slug().equals(anonymised))
                .findFirst()
                .orElseThrow();
        assertThat(own.ownRule()).isTrue();
        assertThat(own.lastKeptDay()).isEqualTo(LocalDate.of(2019, 3, 28));
    }

    @Test
    void aRunDeletesAndAnonymisesOnlyTheExpiredAnswersAndRecordsWhatItDid() {
        List<Removal> removals =
                retention.apply(LocalDate.of(2020, 1, 1), Instant.parse("2020-01-01T03:00:00Z"), "test");

        assertThat(data.responses(deleted)).isZero();
        assertThat(data.responses(kept)).isEqualTo(1);
        assertThat(data.responses(anonymised)).isEqualTo(1);
        Map<String, Object> left = jdbc.queryForMap(
                "SELECT r.id, r.submitted_on, r.started_at, r.anonymised_at FROM response r JOIN campaign c"
                        + " ON c.id = r.campaign_id WHERE c.slug = :slug",
                Map.of("slug", anonymised));
        assertThat(RetentionPlan.day(left.get("submitted_on"))).contains(LocalDate.of(2019, 2, 1));
        assertThat(left.get("anonymised_at")).isNotNull();
        long id = ((Number) left.get("id")).longValue();
        List<String> keys = jdbc.queryForList(
                "SELECT question_key FROM answer WHERE response_id = :id", Map.of("id", id), String.class);
        assertThat(keys).doesNotContain("participant_code").contains("situation", "work_ability", "start_date");
        assertThat(jdbc.queryForObject(
                                "SELECT date_value FROM answer WHERE response_id = :id AND question_key = 'start_date'",
                                Map.of("id", id),
                                Date.class)
                        .toLocalDate())
                .isEqualTo(LocalDate.of(2020, 3, 1));
        assertThat(data.count(
                        "SELECT COUNT(*) FROM invitation WHERE response_id = :id OR reference = 'AA-3'",
                        Map.of("id", id)))
                .isZero();

        assertThat(removals)
                .extracting(Removal::campaignSlug, Removal::kind, Removal::responses)
                .contains(
                        org.assertj.core.groups.Tuple.tuple(deleted, RemovalKind.RETENTION_DELETE, 2L),
                        org.assertj.core.groups.Tuple.tuple(anonymised, RemovalKind.RETENTION_ANONYMISE, 1L));
        assertThat(retention.apply(LocalDate.of(2020, 1, 1), Instant.parse("2020-01-01T04:00:00Z"), "test"))
                .extracting(Removal::campaignSlug)
                .as("a second run finds nothing left of them")
                .doesNotContain(deleted, anonymised);
        // the audit log: who ran it, which rule on which campaign and how many; one entry each
        assertThat(jdbc.query(
                        "SELECT actor, action, target, details FROM audit_entry WHERE target IN (:targets) ORDER BY id",
                        Map.of("targets", List.of("retention_delete " + deleted, "retention_anonymise " + anonymised)),
                        (row, n) -> List.of(
                                row.getString("actor"),
                                row.getString("action"),
                                row.getString("target"),
                                row.getString("details"))))
                .containsExactlyInAnyOrder(
                        List.of("test", "retention-run", "retention_delete " + deleted, "2 removed"),
                        List.of("test", "retention-run", "retention_anonymise " + anonymised, "1 removed"));
    }

    @Test
    void publishedValuesAndArchivedWorkbooksStayAndAreNotRecomputed() {
        publish(ended);
        publish(running);
        jdbc.update(
                "INSERT INTO report (title, file_name, size_bytes, sha256, as_of, created_at, job_execution_id,"
                        + " project_codes) VALUES ('r', 'r.xlsx', 0, :sha, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0,"
                        + " :project)",
                Map.of("sha", "0".repeat(64), "project", ended));
        IndicatorScope endedScope = scope(ended);
        assertThat(retired.keptAsPublished(endedScope)).isFalse();

        retention.apply(LocalDate.of(2020, 1, 1), Instant.parse("2020-01-01T03:00:00Z"), "test");

        assertThat(data.count("SELECT COUNT(*) FROM indicator_value WHERE project_code = :p", Map.of("p", ended)))
                .isEqualTo(1);
        assertThat(data.count("SELECT COUNT(*) FROM report WHERE project_codes = :p", Map.of("p", ended)))
                .isEqualTo(1);
        assertThat(retired.keptAsPublished(endedScope)).isTrue();
        assertThat(retired.keptAsPublished(scope(running)))
                .as("nothing of it was removed")
                .isFalse();
        assertThat(retired.keptAsPublished(
                        new IndicatorScope(Optional.of(ended), LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31))))
                .as("no values published for another period")
                .isFalse();
    }

    private IndicatorScope scope(String project) {
        return new IndicatorScope(Optional.of(project), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30));
    }

    private void publish(String project) {
        jdbc.update(
                "INSERT INTO indicator_value (project_code, period_from, period_to, indicator_code, breakdown_key,"
                        + " group_key, result_value, n, suppressed, computed_at, job_execution_id)"
                        + " VALUES (:p, :from, :to, 'respondents', '', '', 12, 12, FALSE, CURRENT_TIMESTAMP, 0)",
                new MapSqlParameterSource("p", project)
                        .addValue("from", Date.valueOf(LocalDate.of(2019, 1, 1)))
                        .addValue("to", Date.valueOf(LocalDate.of(2019, 6, 30))));
    }

    private static List<String> slugs(List<DueCampaign> due) {
        return due.stream().map(DueCampaign::slug).toList();
    }
}
