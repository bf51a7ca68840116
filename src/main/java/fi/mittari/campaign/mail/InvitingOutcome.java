package fi.mittari.campaign.mail;

import java.util.List;

/** The outcome of adding a recipient list: every recipient invited and queued, or nothing at all. */
public sealed interface InvitingOutcome {

    /** The answer of {@code cases} for this outcome. */
    <R> R accept(Cases<R> cases);

    /** One answer per outcome, so a new one fails to compile where an {@code instanceof} would fall through. */
    interface Cases<R> {
        R queued(Queued queued);

        R refused(Refused refused);
    }

    record Queued(int count) implements InvitingOutcome {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.queued(this);
        }
    }

    record Refused(List<RecipientProblem> problems) implements InvitingOutcome {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.refused(this);
        }
    }
}
