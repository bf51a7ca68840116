package fi.mittari.response;

import java.util.List;

public sealed interface SubmissionOutcome {

    /** Stored now, or earlier if {@code repeated}: the same submission key had already been stored. */
    record Stored(long responseId, boolean repeated) implements SubmissionOutcome {}

    /** Nothing was stored because answers were missing or invalid. */
    record Refused(List<AnswerProblem> problems) implements SubmissionOutcome {}

    /** Nothing was stored: the invitation has been used for a response already. */
    record InvitationUsed() implements SubmissionOutcome {}

    /** Nothing was stored: the campaign takes web answers by personal invitation only. */
    record InvitationRequired() implements SubmissionOutcome {}

    /** Nothing was stored because the campaign takes no responses now: not yet open, closed, or full. */
    record CampaignClosed(fi.mittari.campaign.CampaignState state) implements SubmissionOutcome {}
}
