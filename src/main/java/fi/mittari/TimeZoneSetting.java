package fi.mittari;

import io.micronaut.context.exceptions.ConfigurationException;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The one setting that decides every day boundary: periods, month groups, campaign days, the form's {@code today()},
 * workbook dates and schedules all take their day from this zone, never from the JVM's or the database's.
 */
final class TimeZoneSetting {

    static final String DEFAULT = "Europe/Helsinki";

    private TimeZoneSetting() {}

    /** The zone named by {@code MITTARI_TIME_ZONE}, or a start-up failure that says what was wrong. */
    static ZoneId parse(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new ConfigurationException("MITTARI_TIME_ZONE=" + id + " is not a time zone Java knows: set a"
                    + " region such as " + DEFAULT + " (the default) or UTC");
        }
    }
}
