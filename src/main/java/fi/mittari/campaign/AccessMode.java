package fi.mittari.campaign;

/** Who may answer a campaign, and how. */
public enum AccessMode {
    /** Anyone with the link /s/{slug}. */
    PUBLIC,
    /** Only holders of a personal, single-use invitation link; the link resumes the same response. */
    INVITATION,
    /** A shared tablet at an event: after each submission the form starts afresh and the browser keeps nothing. */
    KIOSK
}
