package fi.mittari.campaign;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A personal invitation to a campaign. Only the SHA-256 of its token is kept; {@code responseId} is set when the
 * invitee has submitted, which makes the invitation spent.
 */
@MappedEntity("invitation")
public record Invitation(
        @Id @GeneratedValue @Nullable Long id,
        long campaignId,
        String tokenHash,
        @Nullable String reference,
        Instant createdAt,
        @Nullable Long responseId) {

    public boolean used() {
        return responseId != null;
    }
}
