package fi.mittari.indicator;

/** The kinds of indicator computed so far; later issues add sums, means, ratios and intervals. */
public enum IndicatorKind {
    /** Number of responses to a campaign. */
    RESPONSES,
    /** Respondents choosing one choice of a single-choice question, out of those who answered it. */
    CHOICE_SHARE
}
