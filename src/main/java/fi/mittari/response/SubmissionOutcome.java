package fi.mittari.response;

import java.util.List;

public sealed interface SubmissionOutcome {

    /** The answer of {@code cases} for this outcome. */
    <R> R accept(Cases<R> cases);

    /**
     * One answer per outcome: a new outcome fails to compile until each caller says what it means, where an
     * {@code instanceof} chain would quietly give it the last branch's answer.
     */
    interface Cases<R> {
        R stored(Stored stored);

        R refused(Refused refused);

        R invitationUsed(InvitationUsed used);

        R invitationRequired(InvitationRequired required);

        R campaignClosed(CampaignClosed closed);
    }

    /** Stored now, or earlier if {@code repeated}: the same submission key had already been stored. */
    record Stored(long responseId, boolean repeated) implements SubmissionOutcome {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.stored(this);
        }
    }

    /** Nothing was stored because answers were missing or invalid. */
    record Refused(List<AnswerProblem> problems) implements SubmissionOutcome {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.refused(this);
        }
    }

    /** Nothing was stored: the invitation has been used for a response already. */
    record InvitationUsed() implements SubmissionOutcome {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.invitationUsed(this);
        }
    }

    /** Nothing was stored: the campaign takes web answers by personal invitation only. */
    record InvitationRequired() implements SubmissionOutcome {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.invitationRequired(this);
        }
    }

    /** Nothing was stored because the campaign takes no responses now: not yet open, closed, or full. */
    record CampaignClosed(fi.mittari.campaign.CampaignState state) implements SubmissionOutcome {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.campaignClosed(this);
        }
    }
}
