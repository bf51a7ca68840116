package fi.mittari.response;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A response still being filled in: its answers as the form sent them (per form field, its values) when it was last
 * saved. Its respondent is known only by the digest of their key.
 */
public record UnfinishedResponse(
        long campaignId,
        String submissionKeyHash,
        String language,
        Instant savedAt,
        Map<String, List<String>> answers) {

    public UnfinishedResponse {
        answers = Map.copyOf(answers);
    }
}
