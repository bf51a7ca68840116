package fi.mittari.indicator.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What an indicator measures: the closed set of kinds funders ask for (docs/domain.md lists one of each). Answers are
 * referred to by concept ({@code outcome.new_partners}), never by a questionnaire's question key, so one definition
 * covers every questionnaire and version that asks the concept.
 */
public sealed interface Measure {

    /**
     * Number of events, complete responses or coached participants; {@code where} keeps only responses matching an
     * answer condition, or coached participants whose last follow-up answer matches it (the employed of the
     * employment rate); not for {@code EVENTS}.
     */
    record Count(CountedUnit unit, Optional<Filter> where) implements Measure {}

    /**
     * Things counted once however often they appear: organisations that attended any event, or persons (distinct
     * answers to {@code id.participant}) across responses; {@code where} keeps only matching records (persons whose
     * {@code outcome.employment_status} is one of the employed states: the employed of the employment rate).
     */
    record DistinctCount(DistinctUnit unit, Optional<Filter> where) implements Measure {}

    /** Total of a quantity: attendance (participants of events) or a number answer. */
    record Sum(Quantity quantity) implements Measure {}

    /**
     * Mean, median, minimum or maximum of a per-unit value: attendance per event, or a number answer per response.
     * Means carry a t-interval.
     */
    record Summary(Statistic statistic, Quantity quantity) implements Measure {}

    /**
     * The share of a population meeting a condition, with a Wilson interval: of {@code quantity} (respondents or
     * attendance), those matching {@code numerator}, among those matching {@code denominator} (empty: for respondents,
     * those who answered the numerator's concept; for attendance, all attendance with a known value of the filtered
     * dimension).
     */
    record Proportion(Quantity quantity, Filter numerator, Optional<Filter> denominator) implements Measure {}

    /** One indicator divided by another of the same scope and breakdown, e.g. employed / coached. */
    record Ratio(String numeratorIndicator, String denominatorIndicator) implements Measure {}

    /**
     * Follow-up minus baseline of the same person for a number concept (e.g. work ability 0–10): pairs are matched by
     * the answer to {@code id.participant} within a project; carries a paired-t interval, the pairs used, persons lost
     * between waves and the share improved / same / worse.
     */
    record PairedChange(String concept, String baselineQuestionnaire, String followupQuestionnaire)
            implements Measure {}

    enum CountedUnit {
        EVENTS,
        RESPONSES,
        COACHED_PARTICIPANTS
    }

    enum DistinctUnit {
        ORGANISATIONS,
        PERSONS
    }

    enum Statistic {
        MEAN,
        MEDIAN,
        MIN,
        MAX
    }

    /** What is summed, averaged or shared out. */
    sealed interface Quantity {
        /** Participants of events: participation rows plus complete sign-ins. Per unit means per event. */
        record Attendance() implements Quantity {}

        /** Respondents (complete responses); as a per-unit value, not meaningful (rejected by the reader). */
        record Respondents() implements Quantity {}

        /** The number answered to a concept, per response. */
        record AnswerNumber(String concept) implements Quantity {}
    }

    /** A condition on one record. */
    sealed interface Filter {
        /** The answer to {@code concept} is one of {@code values} (for a multiple choice: includes one of them). */
        record AnswerIn(String concept, List<String> values) implements Filter {
            public AnswerIn {
                values = List.copyOf(values);
            }
        }

        /** The record's {@code dimension} (sector, region, event type) is one of {@code values}. */
        record DimensionIn(Dimension dimension, List<String> values) implements Filter {
            public DimensionIn {
                values = List.copyOf(values);
            }
        }

        /** A number answer to {@code concept} within [min, max] (either bound may be absent). */
        record AnswerBetween(String concept, Optional<BigDecimal> min, Optional<BigDecimal> max) implements Filter {}
    }
}
