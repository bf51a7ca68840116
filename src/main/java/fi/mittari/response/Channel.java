package fi.mittari.response;

/**
 * How a response arrived: the respondent's web form, the staff API (for example data keyed in from paper), a sheet of
 * paper forms uploaded at once, or the synthetic demo data set (kept apart so it can never be mistaken for real
 * answers).
 */
public enum Channel {
    WEB,
    /** The web form on a shared tablet at an event (a kiosk campaign). */
    KIOSK,
    API,
    IMPORT,
    DEMO
}
