package fi.mittari.response;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** What a multiple-choice answer must respect: known choices, how many may be ticked, "none of these" alone. */
final class SelectionRules {

    private SelectionRules() {}

    static AnswerValidator.Result check(MultipleChoiceQuestion question, List<String> raw) {
        String key = question.key();
        List<String> ticked = List.copyOf(new LinkedHashSet<>(raw));
        if (!ticked.stream().allMatch(v -> question.offeredChoice(v).isPresent())) {
            return AnswerValidator.Result.refused(AnswerValidator.notAChoice(key, question.offeredChoices()));
        }
        Optional<Choice> exclusive = ticked.stream()
                .map(v -> question.choice(v).orElseThrow())
                .filter(Choice::exclusive)
                .findFirst();
        if (exclusive.isPresent() && ticked.size() > 1) {
            return refused(
                    key, AnswerProblem.Reason.EXCLUSIVE_CHOICE, exclusive.get().value());
        }
        if (question.minSelected() != MultipleChoiceQuestion.NO_LIMIT
                && exclusive.isEmpty()
                && ticked.size() < question.minSelected()) {
            return refused(key, AnswerProblem.Reason.TOO_FEW_CHOICES, question.minSelected());
        }
        if (question.maxSelected() != MultipleChoiceQuestion.NO_LIMIT && ticked.size() > question.maxSelected()) {
            return refused(key, AnswerProblem.Reason.TOO_MANY_CHOICES, question.maxSelected());
        }
        return AnswerValidator.Result.of(key, new AnswerValue.SelectedChoices(ticked));
    }

    private static AnswerValidator.Result refused(String key, AnswerProblem.Reason reason, Object argument) {
        return AnswerValidator.Result.refused(new AnswerProblem(key, reason, List.of(argument)));
    }
}
