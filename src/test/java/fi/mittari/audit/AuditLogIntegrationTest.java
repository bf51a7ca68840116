package fi.mittari.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.mittari.definition.DefinitionFixture;
import fi.mittari.definition.DefinitionKind;
import fi.mittari.definition.DraftOutcome;
import fi.mittari.definition.EditingDefinitions;
import fi.mittari.definition.PublishOutcome;
import fi.mittari.support.PublishedQuestionnaire;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The audit log over HTTP: logins, questionnaire changes and account creation each write one entry naming who and
 * what; the API and the page filter by user, action and period, only for admins, and record their own reading; the
 * retention deletes only entries past it, and the database refuses any other change or delete.
 */
@MicronautTest(transactional = false)
class AuditLogIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    ForgettingOldAuditEntries retention;

    @Inject
    ZoneId zone;

    @Inject
    EditingDefinitions definitions;

    private StaffApi admin;
    private String tag;

    @BeforeEach
    void login() {
        admin = StaffApi.loginAsAdmin(client.toBlocking());
        tag = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aLoginAndARefusedLoginAreRecordedAndAMistypedUsernameIsNot() {
        String analyst = "audit-login-" + tag;
        createAccount(analyst, "ANALYST");

        StaffApi.login(client.toBlocking(), analyst, "a-long-enough-password");
        assertThat(refusedLogin(analyst, "not-the-password")).isEqualTo(401);
        String mistyped = "Salasana-" + tag;
        assertThat(refusedLogin(mistyped, "whatever")).isEqualTo(401);

        assertThat(count(analyst, "login", "")).isEqualTo(1);
        assertThat(count(analyst, "login-failed", analyst)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entry WHERE actor LIKE :t OR target LIKE :t OR details LIKE :t",
                        Map.of("t", "%" + mistyped + "%"),
                        Integer.class))
                .isZero();
        assertThat(count(AuditTrail.ANONYMOUS, "login-failed", "")).isPositive();
    }

    @Test
    void creatingAnAccountOverTheApiIsRecordedOnceAsTheAdmins() {
        String account = "audit-created-" + tag;
        createAccount(account, "DESIGNER");

        assertThat(entries("account-created", account))
                .containsExactly(List.of(StaffApi.ADMIN, "account-created", account, "DESIGNER"));
    }

    @Test
    void savingPublishingAndDiscardingAQuestionnaireWriteOneEntryEachWithoutItsText() {
        String key = "audited-" + tag;
        PublishedQuestionnaire.publish(admin, key, PublishedQuestionnaire.FEEDBACK);
        admin.send(HttpRequest.PUT(
                        "/api/questionnaires/" + key + "/draft",
                        PublishedQuestionnaire.FEEDBACK.formatted(key) + "# x\n")
                .contentType(MediaType.TEXT_PLAIN_TYPE));
        assertThat(admin.send(HttpRequest.DELETE("/api/questionnaires/" + key + "/draft"))
                        .code())
                .isIn(200, 204);

        assertThat(entries(null, key))
                .containsExactlyInAnyOrder(
                        List.of(StaffApi.ADMIN, "questionnaire-saved", key, ""),
                        List.of(StaffApi.ADMIN, "questionnaire-published", key, "version 1"),
                        List.of(StaffApi.ADMIN, "questionnaire-saved", key, ""),
                        List.of(StaffApi.ADMIN, "questionnaire-discarded", key, ""));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entry WHERE details LIKE '%hyödyllinen%'", Map.of(), Integer.class))
                .isZero();
    }

    @Test
    void savingPublishingAndDiscardingADefinitionWriteOneEntryEachNamingWhoDidIt() {
        String code = "audited_" + tag;
        String yaml = DefinitionFixture.events("Tilaisuudet", 0).replace("code: events", "code: " + code);
        assertThat(definitions.create(DefinitionKind.INDICATOR, yaml, "designer-" + tag))
                .isEqualTo(new DraftOutcome.Saved(code));
        assertThat(definitions.publish(DefinitionKind.INDICATOR, code, "designer-" + tag))
                .isInstanceOf(PublishOutcome.Published.class);
        definitions.save(DefinitionKind.INDICATOR, code, yaml + "# x\n", "designer-" + tag);
        definitions.discard(DefinitionKind.INDICATOR, code);

        assertThat(entries(null, code))
                .containsExactly(
                        List.of("designer-" + tag, "definition-saved", code, "indicator"),
                        List.of("designer-" + tag, "definition-published", code, "indicator"),
                        List.of("designer-" + tag, "definition-saved", code, "indicator"),
                        List.of(AuditTrail.SYSTEM, "definition-discarded", code, "indicator"));
    }

    @Test
    void theApiFiltersByUserActionAndPeriodAndRecordsTheRead() {
        String actor = "audit-filter-" + tag;
        insert(actor, "export", "keko", day(2026, 3, 1, 23, 30));
        insert(actor, "export", "keko", day(2026, 3, 2, 0, 30));
        insert(actor, "login", "", day(2026, 3, 2, 12, 0));
        insert(actor, "export", "keko", day(2026, 3, 3, 0, 0));
        insert("someone-else-" + tag, "export", "keko", day(2026, 3, 2, 12, 0));

        var read = admin.get("/api/audit?user=" + actor + "&action=export&from=2026-03-02&to=2026-03-02");
        assertThat(read.code()).isEqualTo(200);
        @SuppressWarnings("unchecked")
        var entries = (List<Map<String, Object>>) read.body().get("entries");
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e).containsEntry("user", actor).containsEntry("action", "export");
            assertThat(Instant.parse((String) e.get("at"))).isEqualTo(day(2026, 3, 2, 0, 30));
        });
        assertThat(read.body()).containsEntry("page", 1).containsEntry("hasNext", false);

        var everything = admin.get("/api/audit?user=" + actor);
        @SuppressWarnings("unchecked")
        var all = (List<Map<String, Object>>) everything.body().get("entries");
        assertThat(all)
                .extracting(e -> Instant.parse((String) e.get("at")))
                .containsExactly(
                        day(2026, 3, 3, 0, 0), day(2026, 3, 2, 12, 0), day(2026, 3, 2, 0, 30), day(2026, 3, 1, 23, 30));

        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM audit_entry WHERE actor = 'admin' AND action = 'audit-read' AND details = :d",
                        Map.of("d", "user=" + actor + " action=export from=2026-03-02 to=2026-03-02 page=1"),
                        Integer.class))
                .isEqualTo(1);
    }

    @Test
    void aFilterThatMakesNoSenseIsRefusedFieldByField() {
        var refused = admin.get("/api/audit?action=dancing&from=2026-13-01&page=0");
        assertThat(refused.code()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        var errors = (List<Map<String, Object>>) refused.body().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).containsExactly("action", "from", "page");

        var reversed = admin.get("/api/audit?from=2026-03-02&to=2026-03-01");
        assertThat(reversed.code()).isEqualTo(400);
    }

    @Test
    void thePageShowsTheFilteredEntriesAndItsErrorsLinkToTheFields() {
        String actor = "audit-page-" + tag;
        insert(actor, "export", "campaign-" + tag, day(2026, 4, 1, 10, 0));

        String shown = page("/staff/audit?user=" + actor + "&action=export");
        assertThat(shown)
                .contains("campaign-" + tag)
                .contains("vienti tai lataus")
                .contains("Tapahtumaloki");

        var refused = admin.exchange(HttpRequest.GET("/staff/audit?from=eilen"), Argument.STRING);
        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.getBody(String.class).orElse(""))
                .contains("href=\"#f-from\"")
                .contains("anna päivä muodossa vvvv-kk-pp");
    }

    @Test
    void onlyAdminsReadTheLog() {
        String analyst = "audit-analyst-" + tag;
        createAccount(analyst, "ANALYST");
        StaffApi other = StaffApi.login(client.toBlocking(), analyst, "a-long-enough-password");

        assertThat(other.get("/api/audit").code()).isEqualTo(403);
        assertThat(other.exchange(HttpRequest.GET("/staff/audit"), Argument.STRING)
                        .code())
                .isEqualTo(403);
        assertThat(count(analyst, "audit-read", "")).isZero();
    }

    @Test
    void retentionDeletesOnlyTheEntriesPastIt() {
        String actor = "audit-old-" + tag;
        ZonedDateTime now = ZonedDateTime.now(zone);
        insert(actor, "login", "old", now.minusMonths(24).minusDays(1).toInstant());
        insert(actor, "login", "kept", now.minusMonths(24).plusDays(1).toInstant());
        insert(actor, "login", "new", now.minusDays(1).toInstant());

        assertThat(retention.forgetOld()).isPositive();

        assertThat(jdbc.queryForList(
                        "SELECT target FROM audit_entry WHERE actor = :a ORDER BY recorded_at",
                        Map.of("a", actor),
                        String.class))
                .containsExactly("kept", "new");
        assertThat(count(AuditTrail.SYSTEM, "retention-run", "audit-log")).isPositive();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAnEntryOutsideTheRetention() {
        String actor = "audit-kept-" + tag;
        insert(actor, "login", "kept", Instant.now());

        assertThatThrownBy(() ->
                        jdbc.update("UPDATE audit_entry SET target = 'changed' WHERE actor = :a", Map.of("a", actor)))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE actor = :a", Map.of("a", actor)))
                .isInstanceOf(DataAccessException.class);
        // the retention's own delete lets through only what is past it, and leaves the guard up behind it
        retention.forgetOld();
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE actor = :a", Map.of("a", actor)))
                .isInstanceOf(DataAccessException.class);
        assertThat(jdbc.queryForList(
                        "SELECT target FROM audit_entry WHERE actor = :a", Map.of("a", actor), String.class))
                .containsExactly("kept");
    }

    private void createAccount(String username, String role) {
        var created = admin.post(
                "/api/users",
                Map.of("username", username, "password", "a-long-enough-password", "roles", List.of(role)));
        assertThat(created.code()).isEqualTo(201);
    }

    private int refusedLogin(String username, String password) {
        try {
            return client.toBlocking()
                    .exchange(HttpRequest.POST("/login", Map.of("username", username, "password", password)))
                    .code();
        } catch (HttpClientResponseException refused) {
            return refused.getStatus().getCode();
        }
    }

    private String page(String path) {
        HttpResponse<String> response =
                client.toBlocking().exchange(HttpRequest.GET(path).bearerAuth(admin.token()), String.class);
        return response.body();
    }

    private Instant day(int year, int month, int day, int hour, int minute) {
        return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, zone).toInstant();
    }

    private void insert(String actor, String action, String target, Instant at) {
        jdbc.update(
                "INSERT INTO audit_entry (recorded_at, actor, action, target, details) VALUES (:at, :actor, :action,"
                        + " :target, '')",
                Map.of("at", Timestamp.from(at), "actor", actor, "action", action, "target", target));
    }

    private int count(String actor, String action, String target) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM audit_entry WHERE actor = :actor AND action = :action AND target = :target",
                Map.of("actor", actor, "action", action, "target", target),
                Integer.class);
    }

    /** [actor, action, target, details] of the entries about {@code target}, of one action or all. */
    private List<List<String>> entries(String action, String target) {
        return jdbc.query(
                "SELECT actor, action, target, details FROM audit_entry WHERE target = :target"
                        + (action == null ? "" : " AND action = :action") + " ORDER BY id",
                action == null ? Map.of("target", target) : Map.of("target", target, "action", action),
                (row, n) -> List.of(
                        row.getString("actor"),
                        row.getString("action"),
                        row.getString("target"),
                        row.getString("details")));
    }
}
