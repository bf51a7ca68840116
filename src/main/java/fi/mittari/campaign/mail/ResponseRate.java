package fi.mittari.campaign.mail;

/**
 * How far a campaign's email recipients got: invited (on the list), reached (the invitation was sent), started (a page
 * sent, or the whole form) and complete (the response sent).
 */
public record ResponseRate(long invited, long reached, long started, long complete) {

    /** {@code count} as a whole percentage of the invited, 0 when nobody is. */
    public long percentOfInvited(long count) {
        return invited == 0 ? 0 : Math.round(100.0 * count / invited);
    }
}
