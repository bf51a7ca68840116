package fi.mittari.response.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.model.DataType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A stored response. {@code submittedOn} is the day of {@code submittedAt} in the application's time zone, written
 * beside it so that periods and month groups never depend on the zone of the JVM or the database (docs/adr/0017).
 */
@MappedEntity("response")
public record ResponseRow(
        @Id @GeneratedValue @Nullable Long id,
        long campaignId,
        long questionnaireVersionId,
        String submissionKey,
        String language,
        String channel,
        Instant submittedAt,
        // Bound as a LocalDate (JDBC 4.2), not a java.sql.Date: a Date is a moment at the JVM's midnight, which a
        // driver that took the JVM's zone at another time would turn into the day before or after.
        @TypeDef(type = DataType.OBJECT) LocalDate submittedOn,
        @Nullable Instant startedAt,
        // the fingerprint of the consent statements shown (fi.mittari.response.ConsentText), when there were any
        @Nullable String consentSha256) {}
