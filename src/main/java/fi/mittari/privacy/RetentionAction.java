package fi.mittari.privacy;

/** What a retention rule does to answers whose time is up (docs/privacy.md, "Retention"). */
public enum RetentionAction {
    /** The responses and every answer row go. */
    DELETE,
    /**
     * The responses stay, without their links to a person: invitation and resume address unlinked, personal,
     * identifying and open answers deleted, days coarsened to the first of their month.
     */
    ANONYMISE
}
