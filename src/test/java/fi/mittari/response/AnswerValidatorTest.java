package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.QuestionnaireFixture;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValidatorTest {

    private final AnswerValidator validator = new AnswerValidator(java.time.LocalDate.of(2026, 11, 23));

    private AnswerCheck check(Map<String, List<String>> answers) {
        return validator.check(QuestionnaireFixture.impactSurvey(), new SubmittedAnswers(answers));
    }

    private List<AnswerProblem.Reason> reasons(AnswerCheck check) {
        assertThat(check).isInstanceOf(AnswerCheck.Invalid.class);
        return ((AnswerCheck.Invalid) check)
                .problems().stream().map(AnswerProblem::reason).toList();
    }

    @Test
    void acceptsACompleteSubmissionAsTypedAnswers() {
        AnswerCheck check = check(Map.of(
                "partners",
                List.of("yes"),
                "activities",
                List.of("pathways", "networks"),
                "usefulness",
                List.of("10"),
                "comments",
                List.of(" Good ")));
        assertThat(check)
                .isEqualTo(new AnswerCheck.Valid(List.of(
                        new Answer("partners", new AnswerValue.SelectedChoice("yes")),
                        new Answer("activities", new AnswerValue.SelectedChoices(List.of("pathways", "networks"))),
                        new Answer("usefulness", new AnswerValue.Rating(10)),
                        new Answer("comments", new AnswerValue.Text("Good")))));
    }

    @Test
    void optionalQuestionsMayBeLeftBlank() {
        assertThat(check(Map.of("partners", List.of("no"), "comments", List.of("  "))))
                .isEqualTo(
                        new AnswerCheck.Valid(List.of(new Answer("partners", new AnswerValue.SelectedChoice("no")))));
    }

    @Test
    void requiresARequiredAnswer() {
        assertThat(reasons(check(Map.of()))).containsExactly(AnswerProblem.Reason.REQUIRED);
        assertThat(reasons(check(Map.of("partners", List.of(""))))).containsExactly(AnswerProblem.Reason.REQUIRED);
    }

    @Test
    void rejectsAnswerOutsideTheChoices() {
        var check = check(Map.of("partners", List.of("maybe"), "activities", List.of("pathways", "dancing")));
        assertThat(reasons(check))
                .containsExactly(AnswerProblem.Reason.NOT_A_CHOICE, AnswerProblem.Reason.NOT_A_CHOICE);
        assertThat(((AnswerCheck.Invalid) check).problems().get(0).englishMessage())
                .isEqualTo("not one of the choices [yes, no, unsure]");
    }

    @Test
    void rejectsTwoValuesForASingleChoice() {
        assertThat(reasons(check(Map.of("partners", List.of("yes", "no")))))
                .containsExactly(AnswerProblem.Reason.ONE_CHOICE_ONLY);
    }

    @Test
    void rejectsRatingsThatAreNotWholeNumbersInRange() {
        assertThat(reasons(check(Map.of("partners", List.of("yes"), "usefulness", List.of("7.5")))))
                .containsExactly(AnswerProblem.Reason.NOT_AN_INTEGER);
        var outOfRange = check(Map.of("partners", List.of("yes"), "usefulness", List.of("11")));
        assertThat(reasons(outOfRange)).containsExactly(AnswerProblem.Reason.OUT_OF_RANGE);
        assertThat(((AnswerCheck.Invalid) outOfRange).problems().get(0).arguments())
                .containsExactly(0, 10);
        assertThat(check(Map.of("partners", List.of("yes"), "usefulness", List.of("0"))))
                .isInstanceOf(AnswerCheck.Valid.class);
    }

    @Test
    void countsTextLengthInCharactersNotBytes() {
        assertThat(check(Map.of("partners", List.of("yes"), "comments", List.of("ääääääääääääääääääää"))))
                .isInstanceOf(AnswerCheck.Valid.class);
        assertThat(reasons(check(Map.of("partners", List.of("yes"), "comments", List.of("x".repeat(21))))))
                .containsExactly(AnswerProblem.Reason.TOO_LONG);
    }

    @Test
    void reportsUnknownQuestionsAndEveryOtherProblemAtOnce() {
        var check = check(Map.of("nope", List.of("1"), "usefulness", List.of("-1")));
        assertThat(reasons(check))
                .containsExactlyInAnyOrder(
                        AnswerProblem.Reason.UNKNOWN_QUESTION,
                        AnswerProblem.Reason.REQUIRED,
                        AnswerProblem.Reason.OUT_OF_RANGE);
    }

    @Test
    void aRepeatedTickCountsOnce() {
        assertThat(check(Map.of("partners", List.of("yes"), "activities", List.of("networks", "networks"))))
                .isEqualTo(new AnswerCheck.Valid(List.of(
                        new Answer("partners", new AnswerValue.SelectedChoice("yes")),
                        new Answer("activities", new AnswerValue.SelectedChoices(List.of("networks"))))));
    }
}
