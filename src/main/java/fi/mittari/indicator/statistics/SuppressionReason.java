package fi.mittari.indicator.statistics;

/** Why a figure is not shown. */
public enum SuppressionReason {
    /** A count of fewer persons than the rule's minimum count (but more than none). */
    SMALL_COUNT,
    /** A share, mean or change over fewer persons than the rule's minimum for a statistic, or a row whose total is small. */
    SMALL_BASE,
    /** Not small itself, but hidden so that a small count beside it cannot be recomputed from the shown total. */
    COMPLEMENTARY
}
