package fi.mittari.response;

import static fi.mittari.questionnaire.QuestionnaireFixture.choice;
import static fi.mittari.questionnaire.QuestionnaireFixture.fi;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Classification;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A choice merely valued "other", written among the choices of a question that does not offer "other, please specify",
 * is a choice like any other: it takes no text, so it can be answered (a text was required for it, and refused).
 */
class AnswerValidatorWrittenOtherTest {

    private static final Questionnaire SURVEY = new Questionnaire(
            "written-other",
            fi("Written other"),
            LocalizedText.empty(),
            Language.FI,
            List.of(Language.FI),
            List.of(
                    new SingleChoiceQuestion(
                            "sector",
                            fi("Sector"),
                            LocalizedText.empty(),
                            true,
                            List.of(choice("third_sector"), choice("other")),
                            Classification.NONE),
                    new MultipleChoiceQuestion(
                            "roles",
                            fi("Roles"),
                            LocalizedText.empty(),
                            false,
                            List.of(choice("volunteer"), choice("other")),
                            Classification.NONE)));

    @Test
    void aWrittenChoiceValuedOtherIsAnsweredWithoutAText() {
        AnswerCheck check = new AnswerValidator(LocalDate.of(2025, 6, 1))
                .check(
                        SURVEY,
                        new SubmittedAnswers(
                                Map.of("sector", List.of("other"), "roles", List.of("volunteer", "other"))));
        assertThat(check).as(check::toString).isInstanceOf(AnswerCheck.Valid.class);
        assertThat(((AnswerCheck.Valid) check).answers())
                .extracting(Answer::value)
                .containsExactly(
                        new AnswerValue.SelectedChoice("other", ""),
                        new AnswerValue.SelectedChoices(List.of("volunteer", "other"), ""));
    }
}
