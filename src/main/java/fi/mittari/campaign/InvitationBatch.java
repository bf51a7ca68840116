package fi.mittari.campaign;

import java.util.List;

/** The outcome of creating invitations. */
public sealed interface InvitationBatch {

    /** Every invitation with its token: the only moment the tokens exist outside the invitees' links. */
    record Created(List<Issued> invitations) implements InvitationBatch {}

    record Refused(List<FieldProblem> problems) implements InvitationBatch {}

    record Issued(String reference, String token) {}
}
