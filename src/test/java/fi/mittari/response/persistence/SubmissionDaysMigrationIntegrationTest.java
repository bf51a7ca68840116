package fi.mittari.response.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.TimeZones;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.TimeZone;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * V21 gives responses stored before it their day in the setting's zone, reading each stored time as the JVM that wrote
 * it did: the same answers get the same days on a server in UTC and on one in Auckland.
 */
class SubmissionDaysMigrationIntegrationTest {

    private static final Instant TEN_TO_MIDNIGHT = Instant.parse("2026-02-28T21:50:00Z");
    private static final Instant TWENTY_PAST_MIDNIGHT = Instant.parse("2026-02-28T22:20:00Z");

    @Test
    void storedResponsesGetTheirDayInTheSettingsZoneWhateverZoneWroteThem() {
        assertThat(daysAfterMigration("UTC", TimeZones.HELSINKI.getId()))
                .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1));
        assertThat(daysAfterMigration("Pacific/Auckland", TimeZones.HELSINKI.getId()))
                .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1));
        assertThat(daysAfterMigration("UTC", "UTC"))
                .containsExactly(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 2, 28));
    }

    /** Two responses written at V18 by a JVM in {@code jvmZone}, then V21 run there with the setting {@code zone}. */
    private static List<LocalDate> daysAfterMigration(String jvmZone, String zone) {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
        try {
            var database = new DriverManagerDataSource(
                    env("MITTARI_DB_URL"),
                    env("MITTARI_DB_USER"),
                    System.getenv().getOrDefault("MITTARI_DB_PASSWORD", ""));
            flyway(database).cleanDisabled(false).load().clean();
            flyway(database).target("18").load().migrate();
            var jdbc = new JdbcTemplate(database);
            jdbc.update(
                    "INSERT INTO questionnaire_version (id, questionnaire_key, version_number, content_hash,"
                            + " source_name, definition, created_at) VALUES (1, 'q', 1, REPEAT('0', 64), 'q.yaml', '', ?)",
                    Timestamp.from(TEN_TO_MIDNIGHT));
            jdbc.update(
                    "INSERT INTO campaign (id, slug, title, questionnaire_version_id, created_at)"
                            + " VALUES (1, 'c', 'C', 1, ?)",
                    Timestamp.from(TEN_TO_MIDNIGHT));
            for (Instant at : List.of(TEN_TO_MIDNIGHT, TWENTY_PAST_MIDNIGHT)) {
                jdbc.update(
                        "INSERT INTO response (campaign_id, questionnaire_version_id, submission_key, language,"
                                + " channel, submitted_at) VALUES (1, 1, ?, 'fi', 'WEB', ?)",
                        at.toString(),
                        Timestamp.from(at));
            }
            flyway(database)
                    .javaMigrations(new V21__Response_submission_days(ZoneId.of(zone)))
                    .load()
                    .migrate();
            return jdbc.queryForList("SELECT submitted_on FROM response ORDER BY submitted_at", LocalDate.class);
        } finally {
            TimeZone.setDefault(before);
        }
    }

    private static FluentConfiguration flyway(DriverManagerDataSource database) {
        return Flyway.configure()
                .dataSource(database)
                .locations("classpath:db/migration", "classpath:fi/mittari/batch/migration");
    }

    private static String env(String name) {
        return Objects.requireNonNull(System.getenv(name), name + " is set by the surefire execution");
    }
}
