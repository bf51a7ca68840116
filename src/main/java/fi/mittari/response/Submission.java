package fi.mittari.response;

import fi.mittari.campaign.Campaign;
import fi.mittari.questionnaire.Language;

/**
 * One respondent's submission to a campaign. The submission key is chosen by the client (a hidden form field, or the
 * API's submissionId) so that sending the same submission twice stores it once.
 */
public record Submission(
        Campaign campaign, Language language, String submissionKey, Channel channel, SubmittedAnswers answers) {}
