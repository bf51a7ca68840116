package fi.mittari.indicator.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Generated data for the indicator benchmark, on MariaDB only: one project ("bench", 2018–2019) with 60 events and their
 * participation, a campaign of each sample questionnaire, and {@code responses} complete responses of 20 answer rows
 * each, spread evenly over the two years. Every row is made by INSERT ... SELECT over MariaDB's sequence engine
 * (seq_1_to_N), so nothing crosses the wire; answers go in slices of 50,000 responses to keep each transaction small.
 *
 * <p>Response n (1..N) is, by n mod 10: 0–3 keko-impact, 4–5 coaching-baseline, 6–7 coaching-followup, 8–9
 * event-feedback on one of the events. Baseline n and follow-up n + 2 carry the same participant code, so every coached
 * person has one pair. Choices and numbers cycle with n and the answer's slot, so each group has hundreds of members.
 */
public final class BenchmarkData {

    public static final String PROJECT = "bench";
    private static final int EVENTS = 60;
    private static final int SLICE = 50_000;

    /** Per questionnaire, its answer rows: key|kind|values, kinds C(hoice), N(umber min,max), T(ext), D(ate). */
    private static final Map<String, List<String>> SLOTS = Map.of(
            "keko-impact",
            pad(
                    List.of(
                            "new_partners|C|yes,no,unsure",
                            "partner_activities|C|client_pathways",
                            "partner_activities|C|joint_services",
                            "partner_activities|C|smaller_networks",
                            "partner_activities|C|trainings_visits",
                            "topical_knowledge|C|yes,partly,no",
                            "employment_knowledge|C|yes,partly,no",
                            "usefulness|N|0,10",
                            "region|C|uusimaa,varsinais-suomi,pirkanmaa,pohjois-savo,keski-suomi,lappi,other",
                            "organisation_type|C|third_sector,municipal_employment,te_services,kela,company,other"),
                    "comments|T|"),
            "coaching-baseline",
            pad(
                    List.of(
                            "participant_code|P|",
                            "start_date|D|",
                            "situation|C|jobseeker,rehabilitation,studying,part_time_work",
                            "months_without_work|N|0,36",
                            "work_ability|N|0,10",
                            "goals|C|open_labour_market",
                            "goals|C|wage_subsidised",
                            "goals|C|education",
                            "goals|C|work_trial"),
                    "helps_most|C|coaching,training,work_trial,flexible_hours,adjustments,peer_support"),
            "coaching-followup",
            pad(
                    List.of(
                            "participant_code|P|",
                            "followup_date|D|",
                            "employment_status|C|open_labour_market,wage_subsidised,education,still_seeking,other",
                            "hours_per_week|N|0,40",
                            "work_ability|N|0,10",
                            "coaching_helped|C|yes,no"),
                    "comments|T|"),
            "event-feedback",
            pad(
                    List.of(
                            "region|C|uusimaa,varsinais-suomi,pirkanmaa,pohjois-savo,keski-suomi,lappi,other",
                            "sector|C|third_sector,municipal_employment,te_services,kela,company,student,other",
                            "first_event|C|yes,no",
                            "satisfaction|N|1,5",
                            "event_rating.venue|C|poor,fair,good,very_good,excellent",
                            "event_rating.programme|C|poor,fair,good,very_good,excellent",
                            "event_rating.accessibility|C|poor,fair,good,very_good,excellent",
                            "got_what_came_for|C|1,2,3,4,5",
                            "useful|C|new_contacts",
                            "useful|C|service_information",
                            "useful|C|joint_plans"),
                    "useful_text|T|"));

    private final JdbcTemplate jdbc;

    public BenchmarkData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Empties the context and response tables and fills them for {@code responses} responses. */
    public void generate(int responses) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            generate(connection, responses);
            return null;
        });
    }

    private static void generate(Connection connection, int responses) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            connection.setAutoCommit(true);
            sql.execute("SET SESSION foreign_key_checks = 0");
            for (String table : List.of(
                    "answer",
                    "response",
                    "indicator_value",
                    "indicator_value_staging",
                    "campaign",
                    "participation",
                    "coached_participant",
                    "organisation",
                    "event",
                    "project_goal",
                    "project")) {
                sql.execute("TRUNCATE TABLE " + table);
            }
            sql.execute("SET SESSION foreign_key_checks = 1");
            context(sql, responses);
            Map<String, Long> versions = versions(sql);
            campaigns(sql, versions);
            responses(sql, responses);
            slots(sql, versions);
            for (int from = 1; from <= responses; from += SLICE) {
                sql.executeUpdate(
                        """
                        INSERT INTO answer (response_id, question_key, choice_value, number_value, text_value, date_value)
                        SELECT r.id, s.question_key,
                               CASE WHEN s.kind = 'C' THEN SUBSTRING_INDEX(SUBSTRING_INDEX(s.vals, ',',
                                    1 + MOD(r.id * 7 + s.slot * 3 + FLOOR(r.id / 11), s.n)), ',', -1) END,
                               CASE WHEN s.kind = 'N' THEN s.lo + MOD(r.id * 13 + s.slot + FLOOR(r.id / 17), s.n) END,
                               CASE WHEN s.kind = 'P' THEN CONCAT('P', r.person)
                                    WHEN s.kind = 'T' THEN 'Kiitos, hyvä tilaisuus.' END,
                               CASE WHEN s.kind = 'D' THEN DATE(r.submitted_at) END
                          FROM (SELECT id, questionnaire_version_id, submitted_at,
                                       FLOOR(id / 10) * 2 + MOD(id, 2) AS person
                                  FROM response WHERE id BETWEEN %d AND %d) r
                          JOIN bench_slot s ON s.questionnaire_version_id = r.questionnaire_version_id
                        """
                                .formatted(from, from + SLICE - 1));
            }
            sql.execute("DROP TABLE bench_slot");
            sql.execute("ANALYZE TABLE response, answer, campaign, event, participation, coached_participant");
        }
    }

    private static void context(Statement sql, int responses) throws SQLException {
        sql.execute(
                """
                INSERT INTO project (code, name, funder, created_at, starts_on, ends_on)
                VALUES ('bench', 'Benchmark project', 'STEA', NOW(), DATE '2018-01-01', DATE '2019-12-31')""");
        sql.execute(
                """
                INSERT INTO organisation (name, sector_code, region_code, created_at)
                SELECT CONCAT('Organisation ', seq),
                       ELT(1 + MOD(seq, 6), 'third_sector', 'municipal_employment', 'te_services', 'kela', 'company',
                           'education'),
                       ELT(1 + MOD(seq, 5), 'uusimaa', 'pirkanmaa', 'pohjois-savo', 'keski-suomi', 'lappi'), NOW()
                  FROM seq_1_to_200""");
        sql.execute(
                """
                INSERT INTO event (code, project_id, name, starts_on, ends_on, region_code, event_type, created_at)
                SELECT CONCAT('e', seq), (SELECT id FROM project WHERE code = 'bench'), CONCAT('Event ', seq),
                       DATE '2018-01-10' + INTERVAL (seq * 12) DAY, DATE '2018-01-10' + INTERVAL (seq * 12) DAY,
                       ELT(1 + MOD(seq, 5), 'uusimaa', 'pirkanmaa', 'pohjois-savo', 'keski-suomi', 'lappi'),
                       ELT(1 + MOD(seq, 4), 'network_meeting', 'training', 'workshop', 'fair'), NOW()
                  FROM seq_1_to_%d"""
                        .formatted(EVENTS));
        // eight participation rows per event: six from known organisations, one of unknown sector, one sector only
        sql.execute(
                """
                INSERT INTO participation (event_id, source, sector_code, region_code, organisation_id, participants,
                                           recorded_at)
                SELECT e.id, 'COUNTS',
                       CASE WHEN k.seq = 7 THEN NULL WHEN k.seq = 8 THEN 'student' ELSE o.sector_code END,
                       e.region_code, CASE WHEN k.seq <= 6 THEN o.id END, 1 + MOD(e.id * 5 + k.seq * 3, 12), NOW()
                  FROM event e
                  JOIN seq_1_to_8 k
                  LEFT JOIN organisation o ON o.id = 1 + MOD(e.id * 7 + k.seq * 31, 200)""");
        // one coached person per baseline/follow-up pair, starting when their baseline is submitted
        sql.execute(
                """
                INSERT INTO coached_participant (project_id, pseudonym, started_on, ended_on, created_at)
                SELECT (SELECT id FROM project WHERE code = 'bench'), CONCAT('P', seq - 1),
                       DATE '2018-01-01' + INTERVAL FLOOR((seq - 1) * 5 * 729 / %d) DAY, NULL, NOW()
                  FROM seq_1_to_%d"""
                        .formatted(responses, Math.max(1, responses / 5)));
    }

    private static Map<String, Long> versions(Statement sql) throws SQLException {
        Map<String, Long> versions = new HashMap<>();
        try (var rows = sql.executeQuery(
                "SELECT questionnaire_key, MAX(id) AS id FROM questionnaire_version GROUP BY questionnaire_key")) {
            while (rows.next()) {
                versions.put(rows.getString("questionnaire_key"), rows.getLong("id"));
            }
        }
        for (String key : SLOTS.keySet()) {
            if (!versions.containsKey(key)) {
                throw new IllegalStateException(
                        "questionnaire " + key + " is not loaded (is mittari.surveys-dir set?)");
            }
        }
        return versions;
    }

    /** Campaign ids 1–3 are project campaigns; 4–63 one event-feedback campaign per event, every tenth a sign-in. */
    private static void campaigns(Statement sql, Map<String, Long> versions) throws SQLException {
        sql.execute(
                """
                INSERT INTO campaign (id, slug, title, questionnaire_version_id, project_id, created_at, purpose)
                VALUES (1, 'bench-keko-impact', 'Impact', %d, (SELECT id FROM project WHERE code = 'bench'), NOW(), 'SURVEY'),
                       (2, 'bench-baseline', 'Baseline', %d, (SELECT id FROM project WHERE code = 'bench'), NOW(), 'SURVEY'),
                       (3, 'bench-followup', 'Follow-up', %d, (SELECT id FROM project WHERE code = 'bench'), NOW(), 'SURVEY')"""
                        .formatted(
                                versions.get("keko-impact"),
                                versions.get("coaching-baseline"),
                                versions.get("coaching-followup")));
        sql.execute(
                """
                INSERT INTO campaign (id, slug, title, questionnaire_version_id, created_at, purpose, event_code)
                SELECT 3 + seq, CONCAT('bench-event-', seq), CONCAT('Feedback ', seq), %d, NOW(),
                       CASE WHEN MOD(seq, 10) = 0 THEN 'SIGN_IN' ELSE 'SURVEY' END, CONCAT('e', seq)
                  FROM seq_1_to_%d"""
                        .formatted(versions.get("event-feedback"), EVENTS));
    }

    private static void responses(Statement sql, int responses) throws SQLException {
        for (int from = 1; from <= responses; from += SLICE) {
            int to = Math.min(responses, from + SLICE - 1);
            sql.executeUpdate(
                    """
                    INSERT INTO response (id, campaign_id, questionnaire_version_id, submission_key, language, channel,
                                          submitted_at, submitted_on)
                    SELECT seq, c.id, c.questionnaire_version_id, CONCAT('bench-', seq), 'fi', 'WEB',
                           TIMESTAMP '2018-01-01 00:00:00'
                             + INTERVAL FLOOR((seq - 1) * (730 * 86400 - 1) / %d) SECOND,
                           DATE(TIMESTAMP '2018-01-01 00:00:00'
                             + INTERVAL FLOOR((seq - 1) * (730 * 86400 - 1) / %d) SECOND)
                      FROM seq_%d_to_%d
                      JOIN campaign c ON c.id = CASE
                           WHEN MOD(seq, 10) < 4 THEN 1
                           WHEN MOD(seq, 10) < 6 THEN 2
                           WHEN MOD(seq, 10) < 8 THEN 3
                           ELSE 4 + LEAST(%d, FLOOR((seq - 1) * %d / %d)) END"""
                            .formatted(responses, responses, from, to, EVENTS - 1, EVENTS, responses));
        }
    }

    private static void slots(Statement sql, Map<String, Long> versions) throws SQLException {
        sql.execute("DROP TABLE IF EXISTS bench_slot");
        sql.execute(
                """
                CREATE TABLE bench_slot (questionnaire_version_id BIGINT, slot INT, question_key VARCHAR(129),
                                         kind CHAR(1), vals VARCHAR(500), n INT, lo INT)""");
        List<String> rows = new ArrayList<>();
        SLOTS.forEach((questionnaire, slots) -> {
            for (int slot = 0; slot < slots.size(); slot++) {
                String[] parts = slots.get(slot).split("\\|", -1);
                String kind = parts[1];
                int n = kind.equals("C") ? parts[2].split(",").length : 1;
                int lo = 0;
                if (kind.equals("N")) {
                    String[] range = parts[2].split(",");
                    lo = Integer.parseInt(range[0]);
                    n = Integer.parseInt(range[1]) - lo + 1;
                }
                rows.add("(%d, %d, '%s', '%s', '%s', %d, %d)"
                        .formatted(versions.get(questionnaire), slot, parts[0], kind, parts[2], n, lo));
            }
        });
        sql.execute("INSERT INTO bench_slot VALUES " + String.join(", ", rows));
    }

    private static List<String> pad(List<String> slots, String padding) {
        List<String> all = new ArrayList<>(slots);
        while (all.size() < 20) {
            all.add(padding);
        }
        return List.copyOf(all);
    }
}
