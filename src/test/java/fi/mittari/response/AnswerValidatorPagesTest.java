package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerValidatorPagesTest {

    /** A page everyone sees, then a page only for the employed, with a question of its own condition on it. */
    private static final Questionnaire FOLLOWUP = (((DefinitionResult.Accepted)
                    new QuestionnaireYamlReader()
                            .read(
                                    "f.yaml",
                                    """
            key: followup
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Seuranta}
            pages:
              - key: situation
                title: {fi: Tilanteesi}
                questions:
                  - key: status
                    type: single_choice
                    label: {fi: Tilanne}
                    choices:
                      - {value: employed, label: {fi: Työssä}}
                      - {value: seeking, label: {fi: Etsin työtä}}
              - key: work
                title: {fi: Työsi}
                relevant: status = 'employed'
                questions:
                  - key: hours
                    type: number
                    required: true
                    label: {fi: Tunnit}
                  - key: full_time_since
                    type: date
                    required: true
                    relevant: hours >= 30
                    label: {fi: Kokoaikatyössä alkaen}
              - key: end
                title: {fi: Lopuksi}
                questions:
                  - key: comments
                    type: text
                    label: {fi: Kommentit}
            """))
            .questionnaire());

    private final AnswerValidator validator = new AnswerValidator(LocalDate.of(2026, 11, 23));

    private AnswerCheck check(Map<String, List<String>> answers) {
        return validator.check(FOLLOWUP, new SubmittedAnswers(answers));
    }

    @Test
    void answersOnAHiddenPageAreNeitherRequiredNorStored() {
        var check = check(Map.of(
                "status", List.of("seeking"),
                "hours", List.of("25"),
                "full_time_since", List.of("2026-01-01"),
                "comments", List.of("Kiitos")));

        assertThat(check)
                .isEqualTo(new AnswerCheck.Valid(List.of(
                        new Answer("status", new AnswerValue.SelectedChoice("seeking")),
                        new Answer("comments", new AnswerValue.Text("Kiitos")))));
    }

    @Test
    void aPageWhoseConditionUsesAnUnansweredQuestionIsHidden() {
        assertThat(check(Map.of())).isEqualTo(new AnswerCheck.Valid(List.of()));
    }

    @Test
    void aShownPageRequiresItsRequiredQuestions() {
        var check = check(Map.of("status", List.of("employed")));

        assertThat(check)
                .isEqualTo(new AnswerCheck.Invalid(
                        List.of(new AnswerProblem("hours", AnswerProblem.Reason.REQUIRED, List.of()))));
    }

    @Test
    void aQuestionOnAShownPageStillObeysItsOwnCondition() {
        var partTime = check(Map.of(
                "status", List.of("employed"), "hours", List.of("20"), "full_time_since", List.of("2026-01-01")));
        assertThat(partTime).isInstanceOfSatisfying(AnswerCheck.Valid.class, valid -> assertThat(valid.answers())
                .extracting(Answer::questionKey)
                .containsExactly("status", "hours"));

        var fullTime = check(Map.of("status", List.of("employed"), "hours", List.of("38")));
        assertThat(fullTime)
                .isEqualTo(new AnswerCheck.Invalid(
                        List.of(new AnswerProblem("full_time_since", AnswerProblem.Reason.REQUIRED, List.of()))));
    }
}
