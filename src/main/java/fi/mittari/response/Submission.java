package fi.mittari.response;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Invitation;
import fi.mittari.questionnaire.Language;
import java.time.Instant;
import java.util.Optional;

/**
 * One respondent's submission to a campaign. The submission key is chosen by the client (a hidden form field, or the
 * API's submissionId) so that sending the same submission twice stores it once. An invitation, when the respondent
 * came by one, is spent in the same transaction that stores the response.
 */
public record Submission(
        Campaign campaign,
        Language language,
        String submissionKey,
        Channel channel,
        SubmittedAnswers answers,
        Optional<Invitation> invitation,
        Optional<Instant> startedAt) {

    public Submission(
            Campaign campaign, Language language, String submissionKey, Channel channel, SubmittedAnswers answers) {
        this(campaign, language, submissionKey, channel, answers, Optional.empty(), Optional.empty());
    }
}
