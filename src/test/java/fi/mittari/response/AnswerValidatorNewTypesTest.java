package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.QuestionnaireFixture;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValidatorNewTypesTest {

    private final AnswerValidator validator = new AnswerValidator(java.time.LocalDate.of(2026, 11, 23));

    /** A complete, valid submission to {@link QuestionnaireFixture#everyNewQuestionType()}, then changed. */
    private AnswerCheck check(String key, String... values) {
        Map<String, List<String>> answers =
                new HashMap<>(Map.of("employed", List.of("yes"), "consent", List.of("accepted")));
        answers.put(key, List.of(values));
        return validator.check(QuestionnaireFixture.everyNewQuestionType(), new SubmittedAnswers(answers));
    }

    private static AnswerValue valueOf(AnswerCheck check, String key) {
        assertThat(check).as(check::toString).isInstanceOf(AnswerCheck.Valid.class);
        return ((AnswerCheck.Valid) check)
                .answers().stream()
                        .filter(a -> a.questionKey().equals(key))
                        .findFirst()
                        .orElseThrow()
                        .value();
    }

    private static AnswerProblem problemOf(AnswerCheck check) {
        assertThat(check).isInstanceOf(AnswerCheck.Invalid.class);
        return ((AnswerCheck.Invalid) check).problems().get(0);
    }

    @Test
    void readsNumbersAsPeopleTypeThem() {
        assertThat(valueOf(check("hours", "37,5"), "hours")).isEqualTo(new AnswerValue.Number(new BigDecimal("37.5")));
        assertThat(valueOf(check("age", "1 9"), "age")).isEqualTo(new AnswerValue.Number(new BigDecimal("19")));
        assertThat(problemOf(check("age", "19.5")).reason()).isEqualTo(AnswerProblem.Reason.NOT_AN_INTEGER);
        assertThat(problemOf(check("hours", "lots")).reason()).isEqualTo(AnswerProblem.Reason.NOT_A_NUMBER);
    }

    @Test
    void refusesNumbersOutsideTheBoundsNamingTheBound() {
        var tooMany = problemOf(check("hours", "80.5"));
        assertThat(tooMany.reason()).isEqualTo(AnswerProblem.Reason.ABOVE_MAX);
        assertThat(tooMany.englishMessage()).isEqualTo("must be at most 80");
        var tooYoung = problemOf(check("age", "15"));
        assertThat(tooYoung.reason()).isEqualTo(AnswerProblem.Reason.BELOW_MIN);
        // the bound itself, written by each language as it writes numbers ("16", "2,5")
        assertThat(tooYoung.arguments()).hasSize(1);
        assertThat((java.math.BigDecimal) tooYoung.arguments().get(0)).isEqualByComparingTo("16");
        assertThat(tooYoung.englishMessage()).isEqualTo("must be at least 16");
    }

    @Test
    void readsIsoAndFinnishDatesWithinBounds() {
        assertThat(valueOf(check("start", "2024-03-05"), "start"))
                .isEqualTo(new AnswerValue.Day(LocalDate.of(2024, 3, 5)));
        assertThat(valueOf(check("start", "5.3.2024"), "start"))
                .isEqualTo(new AnswerValue.Day(LocalDate.of(2024, 3, 5)));
        assertThat(problemOf(check("start", "2024-02-30")).reason()).isEqualTo(AnswerProblem.Reason.NOT_A_DATE);
        assertThat(problemOf(check("start", "31.12.2019")).reason()).isEqualTo(AnswerProblem.Reason.TOO_EARLY);
    }

    @Test
    void yesNoTakesOnlyYesOrNo() {
        assertThat(valueOf(check("employed", "no"), "employed")).isEqualTo(new AnswerValue.SelectedChoice("no"));
        assertThat(problemOf(check("employed", "maybe")).reason()).isEqualTo(AnswerProblem.Reason.NOT_A_CHOICE);
    }

    @Test
    void aConsentMustBeAccepted() {
        var missing = validator.check(
                QuestionnaireFixture.everyNewQuestionType(), new SubmittedAnswers(Map.of("employed", List.of("yes"))));
        assertThat(problemOf(missing).reason()).isEqualTo(AnswerProblem.Reason.NOT_ACCEPTED);
        assertThat(problemOf(check("consent", "declined")).reason()).isEqualTo(AnswerProblem.Reason.NOT_ACCEPTED);
    }

    @Test
    void displayTextTakesNoAnswer() {
        assertThat(problemOf(check("intro", "hello")).reason()).isEqualTo(AnswerProblem.Reason.UNKNOWN_QUESTION);
    }
}
