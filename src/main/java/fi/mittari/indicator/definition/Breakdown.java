package fi.mittari.indicator.definition;

/**
 * A way to split an indicator into groups. Every indicator is also computed for the whole scope (no breakdown); each
 * breakdown adds one row per group. {@link #key()} names the breakdown in files, the API and stored results:
 * {@code region}, {@code month}, {@code choice:dim.sector}.
 */
public sealed interface Breakdown {

    String key();

    record ByDimension(Dimension dimension) implements Breakdown {
        @Override
        public String key() {
            return dimension.key();
        }
    }

    record ByPeriod(Granularity granularity) implements Breakdown {
        @Override
        public String key() {
            return granularity.key();
        }
    }

    /** By the respondent's answer to a choice question with this concept. */
    record ByChoice(String concept) implements Breakdown {
        @Override
        public String key() {
            return "choice:" + concept;
        }
    }

    enum Granularity {
        MONTH("month"),
        QUARTER("quarter"),
        YEAR("year");

        private final String key;

        Granularity(String key) {
            this.key = key;
        }

        public String key() {
            return key;
        }
    }
}
