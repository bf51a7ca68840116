package fi.mittari.campaign.mail;

/** The two messages a recipient may get: the invitation (round 0), and reminders (rounds 1, 2, …). */
public enum MailKind {
    INVITATION,
    REMINDER;

    static MailKind ofRound(int round) {
        return round == 0 ? INVITATION : REMINDER;
    }
}
