package fi.mittari.export;

/** What a column of an export holds, which decides its type in each format. */
public enum ColumnKind {
    /** The response's pseudonymous identifier. */
    RESPONSE(false),
    CAMPAIGN(false),
    VERSION(true),
    LANGUAGE(false),
    /** The day the response was sent (or last saved, for one not sent), yyyy-mm-dd. */
    DAY(false),
    /** complete or partial. */
    STATUS(false),
    /** One choice's code of a single choice, yes/no, Likert or consent question, or of a matrix item. */
    CODE(false),
    /** 1 when a multiple-choice option was ticked, 0 when the question was answered without it. */
    DUMMY(true),
    /** The rank (1 = first) a ranking question gave one choice. */
    RANK(true),
    NUMBER(true),
    DATE(false),
    /** A time of day, hh:mm. */
    TIME(false),
    /** A date and a time of day, yyyy-mm-ddThh:mm in local wall-clock time. */
    DATETIME(false),
    /** A respondent's own words: an open question or the text of "other". */
    TEXT(false),
    /** A calculation's value as the server worked it out: a number, a date, a time or a text (never the respondent's). */
    CALCULATED(false);

    private final boolean numeric;

    ColumnKind(boolean numeric) {
        this.numeric = numeric;
    }

    public boolean numeric() {
        return numeric;
    }
}
