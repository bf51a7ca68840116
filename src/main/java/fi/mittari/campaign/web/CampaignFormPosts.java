package fi.mittari.campaign.web;

import fi.mittari.web.PostedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The campaign page's smaller forms as posted, each field stripped and an absent one empty; the campaign form itself
 * binds to {@link CampaignForm}. Their rules are the campaign's own, the same for the API.
 */
final class CampaignFormPosts {

    private CampaignFormPosts() {}

    /** {@code closesAt}: the new last day (yyyy-mm-dd), or empty for no closing date. */
    @Serdeable.Deserializable
    record ReopenPost(@Nullable String closesAt) {

        ReopenPost {
            closesAt = PostedText.of(closesAt);
        }

        Optional<String> lastDay() {
            return closesAt.isEmpty() ? Optional.empty() : Optional.of(closesAt);
        }
    }

    /** {@code count} anonymous invitations, or one per line of {@code references} (the invitees' codes). */
    @Serdeable.Deserializable
    record InvitationPost(@Nullable String references, @Nullable String count) {

        InvitationPost {
            references = PostedText.of(references);
            count = PostedText.of(count);
        }

        List<String> referenceLines() {
            return Arrays.stream(references.split("\\R"))
                    .map(String::strip)
                    .filter(r -> !r.isEmpty())
                    .toList();
        }

        /** What is not a whole number counts as none, which the campaign's rule then refuses with its own words. */
        int anonymousCount() {
            try {
                return Integer.parseInt(count);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
