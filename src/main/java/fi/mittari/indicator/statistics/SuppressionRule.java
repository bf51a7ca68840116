package fi.mittari.indicator.statistics;

/**
 * The thresholds an installation protects respondents with: counts from 1 to {@code minCount − 1} are not shown, nor
 * shares, means or changes over fewer than {@code minPersonsForStatistic} persons. The defaults, 5 and 10, are common
 * practice for official and research statistics in Finland; an installation may raise them (or lower them for
 * internal use).
 */
public record SuppressionRule(int minCount, int minPersonsForStatistic) {

    public static final SuppressionRule DEFAULT = new SuppressionRule(5, 10);

    public SuppressionRule {
        if (minCount < 1 || minPersonsForStatistic < 1) {
            throw new IllegalArgumentException("Suppression thresholds must be at least 1: minCount " + minCount
                    + ", minPersonsForStatistic " + minPersonsForStatistic);
        }
    }

    /**
     * A count of 1 to {@code minCount − 1} persons is small. Zero is not: it describes no one, and with the total
     * shown a hidden zero could be recomputed anyway (see {@link Suppression}).
     */
    public boolean isSmallCount(long count) {
        return count > 0 && count < minCount;
    }

    /** A statistic over fewer persons than this could say too much about each of them. */
    public boolean isSmallBase(long persons) {
        return persons < minPersonsForStatistic;
    }
}
