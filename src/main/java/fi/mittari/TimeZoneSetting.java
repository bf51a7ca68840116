package fi.mittari;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.exceptions.ConfigurationException;
import jakarta.validation.constraints.NotBlank;
import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * The one setting that decides every day boundary (MITTARI_TIME_ZONE): periods, month groups, campaign days, the form's
 * {@code today()}, workbook dates and schedules all take their day from this zone, never from the JVM's or the
 * database's. Its default is in application.yml, like every other default.
 */
@ConfigurationProperties("mittari")
record TimeZoneSetting(@NotBlank(message = "MITTARI_TIME_ZONE must name a time zone") String timeZone) {

    ZoneId zone() {
        return parse(timeZone);
    }

    /** The zone named by {@code MITTARI_TIME_ZONE}, or a start-up failure that says what was wrong. */
    static ZoneId parse(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new ConfigurationException("MITTARI_TIME_ZONE=" + id + " is not a time zone Java knows: set a"
                    + " region such as Europe/Stockholm, or UTC, or leave it unset for the default");
        }
    }
}
