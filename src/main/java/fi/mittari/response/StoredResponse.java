package fi.mittari.response;

import java.time.LocalDate;
import java.util.List;

/**
 * A complete response with its answer rows in the order stored (none for a response without answers). {@code
 * submissionKey} is the respondent's key; a reader that shows it outside Mittari digests it first.
 */
public record StoredResponse(
        long id,
        long campaignId,
        long questionnaireVersionId,
        String language,
        LocalDate submittedOn,
        String submissionKey,
        List<StoredAnswer> answers) {

    public StoredResponse {
        answers = List.copyOf(answers);
    }
}
