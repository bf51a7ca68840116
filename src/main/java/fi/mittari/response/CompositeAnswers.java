package fi.mittari.response;

import fi.mittari.questionnaire.AnswerParts;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixQuestion;
import fi.mittari.questionnaire.OtherChoice;
import fi.mittari.questionnaire.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers made of parts, each submitted under "question.part": a matrix's items ({@code feedback.venue}), a ranking's
 * choices ({@code helps.coaching}, the rank as value) and the text of "other" ({@code reason.other}).
 */
final class CompositeAnswers {

    /** The longest "other" text, as for a free-text question by default. */
    static final int OTHER_TEXT_MAX_LENGTH = 2000;

    private CompositeAnswers() {}

    /** Whether "question.part" names a part of the question that takes a value. */
    static boolean acceptsPart(Question question, String part) {
        return AnswerParts.of(question).contains(part);
    }

    static AnswerValidator.Result likert(LikertQuestion likert, List<String> raw) {
        String key = likert.key();
        if (raw.size() > 1) {
            return refused(key, AnswerProblem.Reason.ONE_CHOICE_ONLY);
        }
        try {
            int point = Integer.parseInt(raw.get(0));
            if (point >= 1 && point <= likert.points()) {
                return AnswerValidator.Result.of(key, new AnswerValue.ScalePoint(point));
            }
        } catch (NumberFormatException e) {
            // refused below like any point off the scale
        }
        return AnswerValidator.Result.refused(
                new AnswerProblem(key, AnswerProblem.Reason.OUT_OF_RANGE, List.of(1, likert.points())));
    }

    /**
     * Adds the specified text to an answer that chose the question's "other, please specify"; any text typed without
     * choosing it is ignored. A choice merely valued "other" among the written ones takes no text.
     */
    static AnswerValidator.Result withOtherText(
            Question question, AnswerValidator.Result result, SubmittedAnswers submitted) {
        Optional<AnswerValue> value = result.answer().map(Answer::value);
        boolean chose = acceptsPart(question, OtherChoice.VALUE)
                && value.flatMap(v -> v.accept(new OtherSpecified(""))).isPresent();
        if (!chose) {
            return result;
        }
        String partKey = question.key() + "." + OtherChoice.VALUE;
        String text = String.join("\n", submitted.of(partKey));
        if (text.isBlank()) {
            return refused(partKey, AnswerProblem.Reason.OTHER_TEXT_REQUIRED);
        }
        if (text.codePointCount(0, text.length()) > OTHER_TEXT_MAX_LENGTH) {
            return AnswerValidator.Result.refused(
                    new AnswerProblem(partKey, AnswerProblem.Reason.TOO_LONG, List.of(OTHER_TEXT_MAX_LENGTH)));
        }
        AnswerValue specified = value.get().accept(new OtherSpecified(text)).orElseThrow();
        return AnswerValidator.Result.of(question.key(), specified);
    }

    /** The answer with the text of "other" when it chose "other"; empty when it did not, or cannot. */
    private static final class OtherSpecified implements AnswerValue.Visitor<Optional<AnswerValue>> {
        private final String text;

        OtherSpecified(String text) {
            this.text = text;
        }

        @Override
        public Optional<AnswerValue> visitSelectedChoice(AnswerValue.SelectedChoice choice) {
            return choice.value().equals(OtherChoice.VALUE)
                    ? Optional.of(new AnswerValue.SelectedChoice(choice.value(), text))
                    : Optional.empty();
        }

        @Override
        public Optional<AnswerValue> visitSelectedChoices(AnswerValue.SelectedChoices choices) {
            return choices.values().contains(OtherChoice.VALUE)
                    ? Optional.of(new AnswerValue.SelectedChoices(choices.values(), text))
                    : Optional.empty();
        }

        @Override
        public Optional<AnswerValue> visitScalePoint(AnswerValue.ScalePoint point) {
            return Optional.empty();
        }

        @Override
        public Optional<AnswerValue> visitItemChoices(AnswerValue.ItemChoices items) {
            return Optional.empty();
        }

        @Override
        public Optional<AnswerValue> visitRanked(AnswerValue.Ranked ranked) {
            return Optional.empty();
        }

        @Override
        public Optional<AnswerValue> visitRating(AnswerValue.Rating rating) {
            return Optional.empty();
        }

        @Override
        public Optional<AnswerValue> visitText(AnswerValue.Text text) {
            return Optional.empty();
        }

        @Override
        public Optional<AnswerValue> visitNumber(AnswerValue.Number number) {
            return Optional.empty();
        }

        @Override
        public Optional<AnswerValue> visitDay(AnswerValue.Day day) {
            return Optional.empty();
        }

        @Override
        public Optional<AnswerValue> visitTimeOfDay(AnswerValue.TimeOfDay time) {
            return Optional.empty();
        }

        @Override
        public Optional<AnswerValue> visitDateTime(AnswerValue.DateTime dateTime) {
            return Optional.empty();
        }
    }

    static AnswerValidator.Result matrix(MatrixQuestion matrix, SubmittedAnswers submitted) {
        Map<String, String> byItem = new LinkedHashMap<>();
        List<AnswerProblem> problems = new ArrayList<>();
        for (MatrixItem item : matrix.items()) {
            String partKey = matrix.answerKey(item);
            List<String> raw = submitted.of(partKey);
            if (raw.isEmpty()) {
                if (matrix.required()) {
                    problems.add(new AnswerProblem(partKey, AnswerProblem.Reason.ITEM_REQUIRED, List.of()));
                }
            } else if (raw.size() > 1) {
                problems.add(new AnswerProblem(partKey, AnswerProblem.Reason.ONE_CHOICE_ONLY, List.of()));
            } else if (matrix.choice(raw.get(0)).isEmpty()) {
                problems.add(AnswerValidator.notAChoice(partKey, matrix.choices()));
            } else {
                byItem.put(item.key(), raw.get(0));
            }
        }
        if (!problems.isEmpty()) {
            return new AnswerValidator.Result(Optional.empty(), problems);
        }
        return byItem.isEmpty()
                ? AnswerValidator.Result.nothing()
                : AnswerValidator.Result.of(matrix.key(), new AnswerValue.ItemChoices(byItem));
    }

    static AnswerValidator.Result refused(String key, AnswerProblem.Reason reason, Object... arguments) {
        return AnswerValidator.Result.refused(new AnswerProblem(key, reason, List.of(arguments)));
    }
}
