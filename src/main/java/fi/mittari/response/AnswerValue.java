package fi.mittari.response;

import java.util.List;

/** A validated answer to one question, typed by the kind of question it answers. */
public sealed interface AnswerValue {

    record SelectedChoice(String value) implements AnswerValue {}

    record SelectedChoices(List<String> values) implements AnswerValue {
        public SelectedChoices {
            values = List.copyOf(values);
        }
    }

    record Rating(int value) implements AnswerValue {}

    record Text(String value) implements AnswerValue {}

    record Number(java.math.BigDecimal value) implements AnswerValue {}

    record Day(java.time.LocalDate value) implements AnswerValue {}
}
