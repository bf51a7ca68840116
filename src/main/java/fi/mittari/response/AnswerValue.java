package fi.mittari.response;

import java.util.List;

/** A validated answer to one question, typed by the kind of question it answers. */
public sealed interface AnswerValue {

    /** {@code otherText} is what the respondent specified for "other"; empty for every other choice. */
    record SelectedChoice(String value, String otherText) implements AnswerValue {
        public SelectedChoice(String value) {
            this(value, "");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSelectedChoice(this);
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

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitSelectedChoices(this);
        }
    }

    /** A point of a Likert scale, 1 up to its number of points. */
    record ScalePoint(int value) implements AnswerValue {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitScalePoint(this);
        }
    }

    /** A matrix's answers: the chosen value by item key, in the matrix's item order; unanswered items are absent. */
    record ItemChoices(java.util.Map<String, String> byItem) implements AnswerValue {
        public ItemChoices {
            byItem = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(byItem));
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitItemChoices(this);
        }
    }

    /** Choice values from first rank down. */
    record Ranked(List<String> values) implements AnswerValue {
        public Ranked {
            values = List.copyOf(values);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRanked(this);
        }
    }

    record Rating(int value) implements AnswerValue {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitRating(this);
        }
    }

    record Text(String value) implements AnswerValue {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitText(this);
        }
    }

    record Number(java.math.BigDecimal value) implements AnswerValue {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitNumber(this);
        }
    }

    record Day(java.time.LocalDate value) implements AnswerValue {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDay(this);
        }
    }

    /** A time of day, to the minute. */
    record TimeOfDay(java.time.LocalTime value) implements AnswerValue {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitTimeOfDay(this);
        }
    }

    /** A date and a time of day, to the minute: local wall-clock time without a zone. */
    record DateTime(java.time.LocalDateTime value) implements AnswerValue {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitDateTime(this);
        }
    }

    /** The decision of the visitor for this type of answer. */
    <R> R accept(Visitor<R> visitor);

    /**
     * A decision over every type of answer, one method a type, so that a new type fails to compile wherever a decision
     * about it is needed. There are no defaults on purpose.
     */
    interface Visitor<R> {
        R visitSelectedChoice(SelectedChoice value);

        R visitSelectedChoices(SelectedChoices value);

        R visitScalePoint(ScalePoint value);

        R visitItemChoices(ItemChoices value);

        R visitRanked(Ranked value);

        R visitRating(Rating value);

        R visitText(Text value);

        R visitNumber(Number value);

        R visitDay(Day value);

        R visitTimeOfDay(TimeOfDay value);

        R visitDateTime(DateTime value);
    }
}
