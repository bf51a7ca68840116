package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.accepted;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.fill;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.importForm;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.importWorkbook;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.workbook;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Forms as KoboToolbox and ODK users write them, which the converter once turned into YAML its reader refused. */
class XlsFormAsOdkUsersWriteItTest {

    @Test
    void twoQuestionsSharingAChoiceListPublish() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"select_one yn", "first", "First?"},
                    {"select_one yn", "second", "Second?"}
                },
                YES_NO);

        assertThat(imported.yaml()).doesNotContain("&id").doesNotContain("*id");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void endIsMetadataLikeStart() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"start", "start", ""},
                    {"end", "end", ""},
                    {"select_one yn", "first", "First?"}
                },
                YES_NO);

        assertThat(imported.problems())
                .filteredOn(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                .isEmpty();
        assertThat(imported.problems()).extracting(DefinitionProblem::message).anyMatch(m -> m.contains("'end'"));
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aNoteShowingOnlyAPictureIsLeftOutWithAWarning() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label::en", "image::en"},
                    {"note", "logo", " ", "logo.png"},
                    {"select_one yn", "first", "First?", ""}
                },
                YES_NO);

        assertThat(imported.problems())
                .filteredOn(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                .isEmpty();
        assertThat(imported.problems())
                .filteredOn(p -> p.path().equals("survey!A2"))
                .extracting(DefinitionProblem::message)
                .singleElement()
                .satisfies(
                        message -> assertThat(message).contains("only an image").endsWith("row ignored"));
        assertThat(imported.yaml()).doesNotContain("logo");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aNoteWithNeitherTextNorPictureIsStillRefused() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {{"type", "name", "label"}, {"note", "empty", ""}, {"select_one yn", "first", "First?"}},
                YES_NO);

        assertThat(accepted(imported)).isFalse();
    }

    @Test
    void aTableListGroupWithoutALabelIsAMatrixTitledWithItsName() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "appearance"},
                    {"begin group", "satisfaction", "", "table-list"},
                    {"select_one yn", "food", "Food", ""},
                    {"select_one yn", "rooms", "Rooms", ""},
                    {"end group", "", "", ""}
                },
                YES_NO);

        assertThat(imported.problems())
                .filteredOn(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                .isEmpty();
        assertThat(imported.problems())
                .filteredOn(p -> p.path().equals("survey!C2"))
                .extracting(DefinitionProblem::message)
                .containsExactly("the group has no label; its matrix is titled with its name");
        assertThat(imported.yaml()).contains("type: matrix").contains("fi: satisfaction");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void andBeforeAParenthesisIsTheOperator() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"select_one yn", "a", "A?", ""},
                    {"select_one yn", "b", "B?", ""},
                    {"select_one yn", "c", "C?", ""},
                    {"text", "why", "Why?", "${a} = 'yes' and (${b} = 'yes' or ${c} = 'yes')"}
                },
                YES_NO);

        assertThat(imported.yaml()).contains("relevant: a = 'yes' and (b = 'yes' or c = 'yes')");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aFormulaCellReadsAsTheValueItShows() throws IOException {
        XSSFWorkbook workbook = workbook(
                new String[][] {
                    {"=HYPERLINK(\"https://xlsform.org/#type\",\"type\")", "name", "label"},
                    {"select_one yn", "first", "First?"}
                },
                YES_NO);
        Cell header = workbook.getSheet("survey").getRow(0).getCell(0);
        header.setCellFormula("HYPERLINK(\"https://xlsform.org/#type\",\"type\")");
        workbook.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(header);

        XlsFormImport imported = importWorkbook(workbook);

        assertThat(accepted(imported)).as(imported::toString).isTrue();
    }

    @Test
    void aNegativeChoiceValueIsRenamedAtItsCell() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"select_one dk", "answer", "Answer?"}
                },
                new String[][] {
                    {"list_name", "name", "label"},
                    {"dk", "1", "One"},
                    {"dk", "-99", "Don't know"}
                });

        assertThat(imported.problems()).anySatisfy(p -> {
            assertThat(p.path()).isEqualTo("choices!B3");
            assertThat(p.message()).contains("'-99' became 'minus_99'");
        });
        DefinitionResult read = new QuestionnaireYamlReader().read("form.xlsx", imported.yaml());
        assertThat(((DefinitionResult.Accepted) read).questionnaire().question("answer"))
                .get()
                .isInstanceOfSatisfying(
                        SingleChoiceQuestion.class,
                        q -> assertThat(q.choices()).extracting(c -> c.value()).containsExactly("1", "minus_99"));
    }

    @Test
    void aLabelReferringToAnAnswerIsKeptForTheFormToFillIn() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"text", "name", "Your name?"},
                    {"note", "hello", "Hello ${name}!"}
                },
                YES_NO);

        assertThat(imported.problems()).noneMatch(p -> p.message().contains("${…}"));
        assertThat(imported.yaml()).contains("Hello ${name}!");
    }

    @Test
    void aConstraintMessageReferringToAnAnswerIsReportedAtItsCell() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label", "constraint", "constraint_message"},
                    {"text", "name", "Your name?", "", ""},
                    {"integer", "age", "Age?", ". > 0", "Not ${name}'s age"},
                    {"integer", "year", "Year?", ". > 0", "Not ${name}'s year"}
                },
                YES_NO);

        assertThat(imported.problems())
                .filteredOn(p -> p.message().contains("${…}"))
                .extracting(p -> p.path())
                .containsExactly("survey!E3", "survey!E4");
    }

    @Test
    void theSpellingsPyxformAcceptsReadAsTheReferenceOnes() throws IOException {
        XlsFormImport imported = importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"select one yn", "one", "One?"},
                    {"select all that apply yn", "many", "Many?"},
                    {"string", "words", "Words?"},
                    {"int", "count", "How many?"}
                },
                YES_NO);

        assertThat(imported.yaml())
                .contains("type: single_choice")
                .contains("type: multiple_choice")
                .contains("type: text")
                .contains("type: number");
        assertThat(accepted(imported)).isTrue();
    }

    @Test
    void aFormWrittenOnlyInEnglishWithoutATitleIsEnglishAndTitledByItsId() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        fill(
                workbook.createSheet("survey"),
                new String[][] {{"type", "name", "label:English"}, {"text", "feedback", "Any feedback?"}});
        fill(workbook.createSheet("settings"), new String[][] {{"form_id"}, {"feedback_form"}});

        XlsFormImport imported = importWorkbook(workbook);

        assertThat(imported.yaml())
                .contains("defaultLanguage: en")
                .contains("en: Any feedback?")
                .contains("en: feedback_form");
        assertThat(imported.problems()).extracting(DefinitionProblem::message).anyMatch(m -> m.contains("form_title"));
        assertThat(accepted(imported)).isTrue();
    }
}
