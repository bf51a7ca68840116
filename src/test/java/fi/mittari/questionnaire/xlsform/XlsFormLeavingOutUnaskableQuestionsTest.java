package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.accepted;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.importWorkbook;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** The import's choice to leave out the questions Mittari cannot ask, instead of refusing the form for them. */
class XlsFormLeavingOutUnaskableQuestionsTest {

    private static final String[][] WITH_A_LOCATION = {
        {"type", "name", "label"},
        {"select_one yn", "visited", "Did you visit?"},
        {"geopoint", "where", "Where are you?"},
        {"text", "comment", "Anything else?"}
    };

    @Test
    void aLocationQuestionRefusesTheFormByDefault() throws IOException {
        XlsFormImport imported = importWorkbook(workbook(WITH_A_LOCATION, YES_NO));

        assertThat(errors(imported)).extracting(DefinitionProblem::path).containsExactly("survey!A3");
    }

    @Test
    void aLeftOutLocationQuestionIsMissingWithAWarningAtItsTypeCell() throws IOException {
        XlsFormImport imported = importWorkbook(workbook(WITH_A_LOCATION, YES_NO), UnaskableQuestions.LEAVE_OUT);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("visited").contains("comment").doesNotContain("where");
        assertThat(imported.problems())
                .filteredOn(problem -> problem.path().equals("survey!A3"))
                .extracting(DefinitionProblem::message)
                .containsExactly(
                        "question 'where' (survey!A3) left out: geopoint answers are not collected by Mittari");
        assertThat(accepted(imported)).isTrue();
    }
}
