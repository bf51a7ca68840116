package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.questionnaire.QuestionnaireFixture;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValidatorCompositeTypesTest {

    private final AnswerValidator validator = new AnswerValidator(LocalDate.of(2025, 6, 1));

    /** A complete, valid submission to {@link QuestionnaireFixture#everyCompositeQuestionType()}, then changed. */
    private static Map<String, List<String>> complete() {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        answers.put("welcome", List.of("4"));
        answers.put("event.venue", List.of("good"));
        answers.put("event.programme", List.of("poor"));
        answers.put("helps.training", List.of("1"));
        answers.put("helps.coaching", List.of("2"));
        answers.put("situation", List.of("jobseeker"));
        return answers;
    }

    private AnswerCheck check(Map<String, List<String>> answers) {
        return validator.check(QuestionnaireFixture.everyCompositeQuestionType(), new SubmittedAnswers(answers));
    }

    private List<AnswerProblem> problems(Map<String, List<String>> answers) {
        AnswerCheck check = check(answers);
        assertThat(check).isInstanceOf(AnswerCheck.Invalid.class);
        return ((AnswerCheck.Invalid) check).problems();
    }

    private AnswerValue valueOf(Map<String, List<String>> answers, String key) {
        AnswerCheck check = check(answers);
        assertThat(check).as(check::toString).isInstanceOf(AnswerCheck.Valid.class);
        return ((AnswerCheck.Valid) check)
                .answers().stream()
                        .filter(a -> a.questionKey().equals(key))
                        .findFirst()
                        .orElseThrow()
                        .value();
    }

    @Test
    void acceptsAPointOfTheLikertScaleAndRefusesOneOffIt() {
        assertThat(valueOf(complete(), "welcome")).isEqualTo(new AnswerValue.ScalePoint(4));
        var answers = complete();
        answers.put("welcome", List.of("6"));
        assertThat(problems(answers))
                .extracting(AnswerProblem::questionKey, AnswerProblem::reason, AnswerProblem::arguments)
                .containsExactly(tuple("welcome", AnswerProblem.Reason.OUT_OF_RANGE, List.of(1, 5)));
    }

    @Test
    void readsAMatrixAsTheChoiceOfEachItem() {
        assertThat(valueOf(complete(), "event"))
                .isEqualTo(new AnswerValue.ItemChoices(Map.of("venue", "good", "programme", "poor")));
    }

    @Test
    void aRequiredMatrixNeedsEveryItemAndNamesTheOneMissing() {
        var answers = complete();
        answers.remove("event.programme");
        assertThat(problems(answers))
                .extracting(AnswerProblem::questionKey, AnswerProblem::reason)
                .containsExactly(tuple("event.programme", AnswerProblem.Reason.ITEM_REQUIRED));
    }

    @Test
    void refusesAnItemTheMatrixDoesNotHaveAndAChoiceOffItsScale() {
        var answers = complete();
        answers.put("event.catering", List.of("good"));
        answers.put("event.venue", List.of("excellent"));
        assertThat(problems(answers))
                .extracting(AnswerProblem::questionKey, AnswerProblem::reason)
                .containsExactlyInAnyOrder(
                        tuple("event.catering", AnswerProblem.Reason.UNKNOWN_QUESTION),
                        tuple("event.venue", AnswerProblem.Reason.NOT_A_CHOICE));
    }

    @Test
    void readsRanksGivenPerChoiceAsTheChoicesInOrder() {
        assertThat(valueOf(complete(), "helps")).isEqualTo(new AnswerValue.Ranked(List.of("training", "coaching")));
    }

    @Test
    void readsAJsonListAsTheChoicesInOrder() {
        var answers = complete();
        answers.remove("helps.training");
        answers.remove("helps.coaching");
        answers.put("helps", List.of("trial", "coaching"));
        assertThat(valueOf(answers, "helps")).isEqualTo(new AnswerValue.Ranked(List.of("trial", "coaching")));
    }

    @Test
    void refusesARankGivenTwiceNamingIt() {
        var answers = complete();
        answers.put("helps.coaching", List.of("1"));
        assertThat(problems(answers))
                .extracting(AnswerProblem::questionKey, AnswerProblem::reason, AnswerProblem::arguments)
                .containsExactly(tuple("helps", AnswerProblem.Reason.RANK_TWICE, List.of(1)));
    }

    @Test
    void refusesAGapInTheRanksAndARankBeyondTheTopN() {
        var gap = complete();
        gap.remove("helps.training");
        assertThat(problems(gap))
                .extracting(AnswerProblem::reason, AnswerProblem::arguments)
                .containsExactly(tuple(AnswerProblem.Reason.RANK_MISSING, List.of(1)));
        var beyond = complete();
        beyond.put("helps.trial", List.of("3"));
        assertThat(problems(beyond))
                .extracting(AnswerProblem::reason, AnswerProblem::arguments)
                .containsExactly(tuple(AnswerProblem.Reason.RANK_OUT_OF_RANGE, List.of(2)));
    }

    @Test
    void anOptionalRankingMayBeLeftUnrankedAndStoresNothing() {
        var answers = complete();
        answers.remove("helps.training");
        answers.remove("helps.coaching");
        AnswerCheck check = check(answers);
        assertThat(((AnswerCheck.Valid) check).answers())
                .extracting(Answer::questionKey)
                .doesNotContain("helps");
    }

    @Test
    void choosingOtherRequiresItsTextAtTheTextField() {
        var answers = complete();
        answers.put("situation", List.of("other"));
        assertThat(problems(answers))
                .extracting(AnswerProblem::questionKey, AnswerProblem::reason)
                .containsExactly(tuple("situation.other", AnswerProblem.Reason.OTHER_TEXT_REQUIRED));
    }

    @Test
    void keepsTheTextOfOtherWithTheChoice() {
        var single = complete();
        single.put("situation", List.of("other"));
        single.put("situation.other", List.of("  carer <b>at home</b> "));
        assertThat(valueOf(single, "situation"))
                .isEqualTo(new AnswerValue.SelectedChoice("other", "carer <b>at home</b>"));
        var multiple = complete();
        multiple.put("goals", List.of("job", "other"));
        multiple.put("goals.other", List.of("own business"));
        assertThat(valueOf(multiple, "goals"))
                .isEqualTo(new AnswerValue.SelectedChoices(List.of("job", "other"), "own business"));
    }

    @Test
    void ignoresTextTypedForOtherWhenOtherIsNotChosen() {
        var answers = complete();
        answers.put("situation.other", List.of("typed, then changed my mind"));
        assertThat(valueOf(answers, "situation")).isEqualTo(new AnswerValue.SelectedChoice("jobseeker", ""));
    }

    @Test
    void aQuestionWithoutOtherTakesNoOtherText() {
        var answers = complete();
        answers.put("welcome.other", List.of("text"));
        assertThat(problems(answers))
                .extracting(AnswerProblem::questionKey, AnswerProblem::reason)
                .containsExactly(tuple("welcome.other", AnswerProblem.Reason.UNKNOWN_QUESTION));
    }
}
