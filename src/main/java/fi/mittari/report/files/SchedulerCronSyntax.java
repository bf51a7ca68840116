package fi.mittari.report.files;

import fi.mittari.report.definition.CronSyntax;
import io.micronaut.scheduling.cron.CronExpression;
import jakarta.inject.Singleton;
import java.util.Optional;

/** A schedule is valid when the scheduler that will fire it can read it: Micronaut's cron parser decides. */
@Singleton
public final class SchedulerCronSyntax implements CronSyntax {

    @Override
    public Optional<String> problem(String cron) {
        try {
            CronExpression.create(cron);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
