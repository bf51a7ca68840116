package fi.mittari.indicator.definition;

/** What a figure rests on, as STEA's results report asks: all cases counted, a survey sample, or an estimate. */
public enum DataBasis {
    COLLECTED,
    SAMPLE,
    ESTIMATE
}
