package fi.mittari.response.persistence;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Hands Flyway the one migration that needs a setting: the day of each stored response depends on the application's
 * time zone, which Flyway's class-path scanning could not pass to the migration it creates.
 */
@Singleton
@Named(SubmissionDaysMigration.DATASOURCE)
class SubmissionDaysMigration implements FlywayConfigurationCustomizer {

    static final String DATASOURCE = "default";

    private final ZoneId zone;

    SubmissionDaysMigration(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public String getName() {
        return DATASOURCE;
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.javaMigrations(new V21__Response_submission_days(zone));
    }
}
