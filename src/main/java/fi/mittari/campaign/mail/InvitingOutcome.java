package fi.mittari.campaign.mail;

import java.util.List;

/** The outcome of adding a recipient list: every recipient invited and queued, or nothing at all. */
public sealed interface InvitingOutcome {

    record Queued(int count) implements InvitingOutcome {}

    record Refused(List<RecipientProblem> problems) implements InvitingOutcome {}
}
