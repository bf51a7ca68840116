package fi.mittari.questionnaire.builder;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.PickerQuestion.PickerChoice;
import fi.mittari.questionnaire.expression.ExpressionProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PickerScopeTest {

    static final List<PickerQuestion> QUESTIONS = List.of(
            question("region", "single_choice", 0, "Alue", "uusimaa", "lappi"),
            question("activities", "multiple_choice", 0, "Toiminnot", "training", "coaching"),
            question("hours", "number", 1, "Tunnit"),
            question("feedback", "text", 1, "Palaute"),
            question("employed", "yes_no", 2, "Työssä"),
            question("intro", "note", 2, "Johdanto"));

    static PickerQuestion question(String key, String type, int page, String label, String... choices) {
        return new PickerQuestion(
                key,
                type,
                page,
                Map.of(Language.FI, label),
                java.util.Arrays.stream(choices)
                        .map(v -> new PickerChoice(v, Map.of(Language.FI, v.toUpperCase(java.util.Locale.ROOT))))
                        .toList());
    }

    private static List<String> keys(PickerScope scope) {
        return scope.questions().stream().map(PickerQuestion::key).toList();
    }

    @Test
    void aQuestionsConditionOffersOnlyTheQuestionsBeforeIt() {
        assertThat(keys(PickerScope.condition(QUESTIONS, "feedback"))).containsExactly("region", "activities", "hours");
        assertThat(keys(PickerScope.condition(QUESTIONS, "region"))).isEmpty();
        assertThat(PickerScope.condition(QUESTIONS, "feedback").subjects())
                .extracting(PickerSubject::text)
                .containsExactly("region", "activities", "count(activities)", "hours");
    }

    @Test
    void aPagesConditionOffersOnlyQuestionsOnEarlierPages() {
        assertThat(keys(PickerScope.page(QUESTIONS, 1))).containsExactly("region", "activities");
        assertThat(keys(PickerScope.page(QUESTIONS, 0))).isEmpty();
    }

    @Test
    void aConstraintOffersTheAnswerItselfFirstAndTheQuestionsBefore() {
        PickerScope scope = PickerScope.constraint(QUESTIONS, "feedback");

        assertThat(scope.subjects())
                .extracting(PickerSubject::text)
                .containsExactly(".", "length(.)", "region", "activities", "count(activities)", "hours");
    }

    @Test
    void yesNoQuestionsOfferYesAndNoAsChoices() {
        PickerSubject employed =
                PickerScope.condition(QUESTIONS, "intro").subject("employed").orElseThrow();

        assertThat(employed.choices()).extracting(PickerChoice::value).containsExactly("yes", "no");
        assertThat(employed.choices().get(0).label()).containsEntry(Language.FI, "Kyllä");
    }

    @Test
    void aFreeExpressionUsingALaterQuestionIsRefusedAsComingLater() {
        List<ExpressionProblem> problems =
                PickerScope.condition(QUESTIONS, "activities").check("hours > 3");

        assertThat(problems)
                .extracting(ExpressionProblem::message)
                .containsExactly("refers to 'hours', which comes later; a condition can only use answers to earlier"
                        + " questions");
    }

    @Test
    void aFreeExpressionIsCheckedWithTheReadersChecker() {
        PickerScope scope = PickerScope.condition(QUESTIONS, "employed");

        assertThat(scope.check("region = 'uusimaa' and hours > 3")).isEmpty();
        assertThat(scope.check("regio = 'uusimaa'"))
                .extracting(ExpressionProblem::message)
                .containsExactly("unknown question 'regio'; did you mean 'region'?");
        assertThat(scope.check("hours = 'x'"))
                .extracting(ExpressionProblem::message)
                .containsExactly("cannot compare a number with a text");
        assertThat(scope.check(". > 1"))
                .extracting(ExpressionProblem::message)
                .containsExactly("'.' (the answer to this question) can only be used in a constraint");
    }
}
