package fi.mittari.response;

import fi.mittari.questionnaire.Language;
import fi.mittari.response.persistence.ResponseRepository;
import fi.mittari.response.persistence.ResponseRow;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Responses already sent from the web form, found by the submission key in the respondent's own address: the
 * browser's Back after sending returns to that address, which then says the answers were sent rather than "not
 * found". Only the form's keys count (random, unguessable); the keys staff clients choose are not looked up.
 */
@Singleton
public class SentResponses {

    private final ResponseRepository responses;

    SentResponses(ResponseRepository responses) {
        this.responses = responses;
    }

    /** The campaign a response was sent to and the language it was answered in. */
    public record Sent(long campaignId, Language language) {}

    /**
     * The response sent from the form with this key, if any. The key alone (no campaign) is enough: the form's keys
     * are random UUIDs. An index of its own (V28) keeps the look-up as cheap in a million responses as in ten.
     */
    public Optional<Sent> byFormKey(String submissionKey) {
        if (!SubmissionKeys.wellFormed(submissionKey)) {
            return Optional.empty();
        }
        return responses.findBySubmissionKey(submissionKey).stream()
                .filter(row -> row.channel().equals(Channel.WEB.name())
                        || row.channel().equals(Channel.KIOSK.name()))
                .findFirst()
                .map(SentResponses::sent);
    }

    private static Sent sent(ResponseRow row) {
        return new Sent(row.campaignId(), Language.fromCode(row.language()).orElse(Language.FI));
    }
}
