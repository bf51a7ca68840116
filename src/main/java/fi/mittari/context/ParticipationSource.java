package fi.mittari.context;

/** Where participation rows came from; each source's rows of an event are replaced together. */
public enum ParticipationSource {
    /** Entered by staff as counts. */
    COUNTS,
    /** Uploaded as a CSV or XLSX file. */
    IMPORT
}
