package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValidatorLogicTest {

    private static final Questionnaire FOLLOWUP = (((DefinitionResult.Accepted)
                    new QuestionnaireYamlReader()
                            .read(
                                    "f.yaml",
                                    """
            key: followup
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Seuranta}
            questions:
              - key: status
                type: single_choice
                required: true
                label: {fi: Tilanne}
                choices:
                  - {value: employed, label: {fi: Työssä}}
                  - {value: seeking, label: {fi: Etsin työtä}}
              - key: hours
                type: number
                required: true
                relevant: status = 'employed'
                constraint: . > 0 and . <= 80
                label: {fi: Tunnit}
              - key: since
                type: date
                relevant: hours >= 30
                constraint: . <= today()
                label: {fi: Alkaen}
            """))
            .questionnaire());

    private final AnswerValidator validator = new AnswerValidator(LocalDate.of(2026, 11, 23));

    private AnswerCheck check(Map<String, List<String>> answers) {
        return validator.check(FOLLOWUP, new SubmittedAnswers(answers));
    }

    @Test
    void aHiddenQuestionIsNotRequiredAndItsAnswerIsNotStored() {
        var check = check(Map.of("status", List.of("seeking"), "hours", List.of("25"), "since", List.of("2026-01-01")));
        assertThat(check)
                .isEqualTo(new AnswerCheck.Valid(
                        List.of(new Answer("status", new AnswerValue.SelectedChoice("seeking")))));
    }

    @Test
    void aShownQuestionIsRequiredAsUsual() {
        var check = check(Map.of("status", List.of("employed")));
        assertThat(((AnswerCheck.Invalid) check).problems())
                .extracting(AnswerProblem::questionKey, AnswerProblem::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("hours", AnswerProblem.Reason.REQUIRED));
    }

    @Test
    void aConstraintRefusesAnAnswerThatDoesNotMeetIt() {
        var check = check(Map.of("status", List.of("employed"), "hours", List.of("0")));
        assertThat(((AnswerCheck.Invalid) check).problems())
                .singleElement()
                .extracting(AnswerProblem::reason)
                .isEqualTo(AnswerProblem.Reason.CONSTRAINT);
    }

    @Test
    void laterConditionsSeeEarlierAnswersAndTodayIsTheSubmissionDay() {
        var shown =
                check(Map.of("status", List.of("employed"), "hours", List.of("38"), "since", List.of("2026-11-24")));
        assertThat(((AnswerCheck.Invalid) shown).problems()).singleElement().satisfies(p -> {
            assertThat(p.questionKey()).isEqualTo("since");
            assertThat(p.reason()).isEqualTo(AnswerProblem.Reason.CONSTRAINT);
        });
        var hidden =
                check(Map.of("status", List.of("employed"), "hours", List.of("20"), "since", List.of("2026-11-24")));
        assertThat(hidden).isInstanceOf(AnswerCheck.Valid.class);
        assertThat(((AnswerCheck.Valid) hidden).answers())
                .extracting(Answer::questionKey)
                .containsExactly("status", "hours");
    }
}
