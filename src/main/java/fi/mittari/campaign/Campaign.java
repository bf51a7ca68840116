package fi.mittari.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.Optional;

/** A questionnaire version opened to respondents at /s/{slug}, until it closes. */
@MappedEntity("campaign")
public record Campaign(
        @Id @GeneratedValue @Nullable Long id,
        String slug,
        String title,
        long questionnaireVersionId,
        @Nullable Long projectId,
        @Nullable Instant closesAt,
        Instant createdAt) {

    public boolean isOpenAt(Instant now) {
        return closesAt == null || now.isBefore(closesAt);
    }

    public Optional<Instant> closingTime() {
        return Optional.ofNullable(closesAt);
    }
}
