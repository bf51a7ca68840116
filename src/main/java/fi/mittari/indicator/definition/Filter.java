package fi.mittari.indicator.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A condition on one record: what a count keeps ({@code where}), a proportion's numerator and denominator. One of the
 * four closed sets of an indicator definition, each in its file, decided through its {@link Cases}.
 */
public sealed interface Filter {

    /** The answer of {@code cases} for this kind of condition. */
    <R> R accept(Cases<R> cases);

    /** One answer per kind of condition (see {@link Measure.Cases}). */
    interface Cases<R> {
        R answerIn(AnswerIn in);

        R dimensionIn(DimensionIn in);

        R answerBetween(AnswerBetween between);
    }

    /** The answer to {@code concept} is one of {@code values} (for a multiple choice: includes one of them). */
    record AnswerIn(String concept, List<String> values) implements Filter {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.answerIn(this);
        }

        public AnswerIn {
            values = List.copyOf(values);
        }
    }

    /** The record's {@code dimension} (sector, region, event type) is one of {@code values}. */
    record DimensionIn(Dimension dimension, List<String> values) implements Filter {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.dimensionIn(this);
        }

        public DimensionIn {
            values = List.copyOf(values);
        }
    }

    /** A number answer to {@code concept} within [min, max] (either bound may be absent). */
    record AnswerBetween(String concept, Optional<BigDecimal> min, Optional<BigDecimal> max) implements Filter {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.answerBetween(this);
        }
    }
}
