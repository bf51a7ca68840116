package fi.mittari.response;

import java.util.List;

/** A validated answer to one question, typed by the kind of question it answers. */
public sealed interface AnswerValue {

    /** {@code otherText} is what the respondent specified for "other"; empty for every other choice. */
    record SelectedChoice(String value, String otherText) implements AnswerValue {
        public SelectedChoice(String value) {
            this(value, "");
        }
    }

    /** {@code otherText} is what the respondent specified when "other" is among the values; else empty. */
    record SelectedChoices(List<String> values, String otherText) implements AnswerValue {
        public SelectedChoices {
            values = List.copyOf(values);
        }

        public SelectedChoices(List<String> values) {
            this(values, "");
        }
    }

    /** A point of a Likert scale, 1 up to its number of points. */
    record ScalePoint(int value) implements AnswerValue {}

    /** A matrix's answers: the chosen value by item key, in the matrix's item order; unanswered items are absent. */
    record ItemChoices(java.util.Map<String, String> byItem) implements AnswerValue {
        public ItemChoices {
            byItem = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byItem));
        }
    }

    /** Choice values from first rank down. */
    record Ranked(List<String> values) implements AnswerValue {
        public Ranked {
            values = List.copyOf(values);
        }
    }

    record Rating(int value) implements AnswerValue {}

    record Text(String value) implements AnswerValue {}

    record Number(java.math.BigDecimal value) implements AnswerValue {}

    record Day(java.time.LocalDate value) implements AnswerValue {}
}
