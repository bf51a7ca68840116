package fi.mittari.indicator.definition;

/**
 * A way to split an indicator into groups. Every indicator is also computed for the whole scope (no breakdown); each
 * breakdown adds one row per group. {@link #key()} names the breakdown in files, the API and stored results:
 * {@code region}, {@code month}, {@code choice:dim.sector}.
 */
public sealed interface Breakdown {

    String key();

    /** The answer of {@code cases} for this kind of breakdown. */
    <R> R accept(Cases<R> cases);

    /** One answer per kind of breakdown (see {@link Measure.Cases}). */
    interface Cases<R> {
        R byDimension(ByDimension byDimension);

        R byPeriod(ByPeriod byPeriod);

        R byChoice(ByChoice byChoice);
    }

    record ByDimension(Dimension dimension) implements Breakdown {

        @Override
        public <R> R accept(Cases<R> cases) {

            return cases.byDimension(this);
        }

        @Override
        public String key() {
            return dimension.key();
        }
    }

    record ByPeriod(Granularity granularity) implements Breakdown {

        @Override
        public <R> R accept(Cases<R> cases) {

            return cases.byPeriod(this);
        }

        @Override
        public String key() {
            return granularity.key();
        }
    }

    /** By the respondent's answer to a choice question with this concept. */
    record ByChoice(String concept) implements Breakdown {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.byChoice(this);
        }

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
