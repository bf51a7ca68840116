package fi.mittari.report.definition;

import java.util.Optional;

/**
 * Checks a {@code schedule:} cron expression the way the scheduler will read it. A port, so that the reader stays plain
 * Java: the file catalog passes the scheduler's own parser.
 */
@FunctionalInterface
public interface CronSyntax {

    /** Why {@code cron} cannot be scheduled, in plain words; empty when it can. */
    Optional<String> problem(String cron);
}
