package fi.mittari.indicator.definition;

import java.util.Optional;

/**
 * What an indicator measures: the closed set of kinds funders ask for (docs/domain.md lists one of each). Answers are
 * referred to by concept ({@code outcome.new_partners}), never by a questionnaire's question key, so one definition
 * covers every questionnaire and version that asks the concept.
 */
public sealed interface Measure {

    /**
     * Whether this measure counts persons — respondents, coached participants, distinct persons, attendance — and is
     * therefore protected as a count (docs/indicators.md, "Small groups are never revealed", rule 1). Events,
     * organisations and networks are not persons; a share, a mean, a ratio or a change is not a count but is derived
     * from one, and is protected through the counts it rests on.
     */
    boolean countsPersons();

    /** The answer of {@code cases} for this kind of measure. */
    <R> R accept(Cases<R> cases);

    /**
     * One answer per kind of measure, for decisions that need a measure's fields: a new kind fails to compile until
     * each decision has an answer for it, where an {@code instanceof} chain would quietly fall through to a default.
     */
    interface Cases<R> {
        R count(Count count);

        R distinctCount(DistinctCount count);

        R sum(Sum sum);

        R summary(Summary summary);

        R proportion(Proportion proportion);

        R ratio(Ratio ratio);

        R pairedChange(PairedChange change);
    }

    /**
     * Number of events, complete responses or coached participants; {@code where} keeps only responses matching an
     * answer condition, or coached participants whose last follow-up answer matches it (the employed of the
     * employment rate); not for {@code EVENTS}.
     */
    record Count(CountedUnit unit, Optional<Filter> where) implements Measure {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.count(this);
        }

        @Override
        public boolean countsPersons() {
            return switch (unit) {
                case EVENTS -> false;
                case RESPONSES, COACHED_PARTICIPANTS -> true;
            };
        }
    }

    /**
     * Things counted once however often they appear: organisations that attended any event, regional networks that
     * held any event, or persons (distinct answers to {@code id.participant}) across responses; {@code where} keeps only matching records (persons whose
     * {@code outcome.employment_status} is one of the employed states: the employed of the employment rate).
     */
    record DistinctCount(DistinctUnit unit, Optional<Filter> where) implements Measure {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.distinctCount(this);
        }

        @Override
        public boolean countsPersons() {
            return switch (unit) {
                case ORGANISATIONS, NETWORKS -> false;
                case PERSONS -> true;
            };
        }
    }

    /** Total of a quantity: attendance (participants of events) or a number answer. */
    record Sum(Quantity quantity) implements Measure {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.sum(this);
        }

        /** A sum of attendance is a count of persons; a sum of number answers is a statistic of answers. */
        @Override
        public boolean countsPersons() {
            return quantity.isPersons();
        }
    }

    /**
     * Mean, median, minimum or maximum of a per-unit value: attendance per event, or a number answer per response.
     * Means carry a t-interval.
     */
    record Summary(Statistic statistic, Quantity quantity) implements Measure {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.summary(this);
        }

        /** A per-unit statistic; of attendance it is derived from a count of persons (see {@link Quantity#isPersons}). */
        @Override
        public boolean countsPersons() {
            return false;
        }
    }

    /**
     * The share of a population meeting a condition, with a Wilson interval: of {@code quantity} (respondents or
     * attendance), those matching {@code numerator}, among those matching {@code denominator} (empty: for respondents,
     * those who answered the numerator's concept; for attendance, all attendance with a known value of the filtered
     * dimension).
     */
    record Proportion(Quantity quantity, Filter numerator, Optional<Filter> denominator) implements Measure {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.proportion(this);
        }

        @Override
        public boolean countsPersons() {
            return false;
        }
    }

    /** One indicator divided by another of the same scope and breakdown, e.g. employed / coached. */
    record Ratio(String numeratorIndicator, String denominatorIndicator) implements Measure {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.ratio(this);
        }

        /** Protected through its operands, whose own measures say whether they count persons. */
        @Override
        public boolean countsPersons() {
            return false;
        }
    }

    /**
     * Follow-up minus baseline of the same person for a number concept (e.g. work ability 0–10): pairs are matched by
     * the answer to {@code id.participant} within a project; carries a paired-t interval, the pairs used, persons lost
     * between waves and the share improved / same / worse.
     */
    record PairedChange(String concept, String baselineQuestionnaire, String followupQuestionnaire) implements Measure {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.pairedChange(this);
        }

        @Override
        public boolean countsPersons() {
            return false;
        }
    }

    enum CountedUnit {
        EVENTS,
        RESPONSES,
        COACHED_PARTICIPANTS
    }

    enum DistinctUnit {
        ORGANISATIONS,
        PERSONS,
        /** Regional networks: the distinct network codes of the scope's events (a network is not a person). */
        NETWORKS
    }

    enum Statistic {
        MEAN,
        MEDIAN,
        MIN,
        MAX
    }
}
