package fi.mittari.results;

import fi.mittari.indicator.statistics.MeanEstimate;
import java.util.List;
import java.util.Optional;

/** What the results page shows of one question; a closed set of kinds. Labels are already in the page's language. */
public sealed interface QuestionResult {

    String key();

    String label();

    /** How many responses answered the question: the base of its shares; empty when hidden. */
    Optional<Long> answered();

    /** Whether anything of this question is hidden to protect small groups. */
    boolean anyHidden();

    /** The answer of {@code cases} for this kind of result. */
    <R> R accept(Cases<R> cases);

    /**
     * One answer per kind of result: a new kind fails to compile until the page (and any other reader) says how to
     * show it, where an {@code instanceof} chain would show it as the chain's last kind.
     */
    interface Cases<R> {
        R choices(Choices choices);

        R numbers(Numbers numbers);
    }

    /** A single, multiple or matrix-item choice question: a count and a share per choice. */
    record Choices(String key, String label, Optional<Long> answered, boolean multiple, List<ResultRow> rows)
            implements QuestionResult {
        public Choices {
            rows = List.copyOf(rows);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.choices(this);
        }

        public boolean anyHidden() {
            return answered.isEmpty() || rows.stream().anyMatch(r -> r.count().isEmpty());
        }
    }

    /**
     * A rating or number question: the distribution of its values (empty for numbers with many distinct values), and
     * the mean and median.
     */
    record Numbers(String key, String label, Optional<Long> answered, List<ResultRow> rows, Optional<MeanEstimate> mean)
            implements QuestionResult {
        public Numbers {
            rows = List.copyOf(rows);
        }

        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.numbers(this);
        }

        public boolean anyHidden() {
            return answered.isEmpty()
                    || mean.isEmpty()
                    || rows.stream().anyMatch(r -> r.count().isEmpty());
        }
    }
}
