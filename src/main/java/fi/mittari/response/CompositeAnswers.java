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
                && value.filter(v -> chose(v)).isPresent();
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
        AnswerValue specified = value.get() instanceof AnswerValue.SelectedChoice single
                ? new AnswerValue.SelectedChoice(single.value(), text)
                : new AnswerValue.SelectedChoices(((AnswerValue.SelectedChoices) value.get()).values(), text);
        return AnswerValidator.Result.of(question.key(), specified);
    }

    private static boolean chose(AnswerValue value) {
        if (value instanceof AnswerValue.SelectedChoice single) {
            return single.value().equals(OtherChoice.VALUE);
        }
        return value instanceof AnswerValue.SelectedChoices many
                && many.values().contains(OtherChoice.VALUE);
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
