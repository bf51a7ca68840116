package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** What pyxform's example forms taught the converter: older spellings, comment rows, and refusals at their cells. */
class XlsFormAsPyxformReadsItTest {

    @Test
    void theOlderSelectSpellingsReadAsTheReferenceOnes() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label"},
                    {"select one from yn", "one", "One?"},
                    {"select all that apply from yn or specify other", "many", "Many?"},
                    {"select_one yn or other", "other", "Other?"},
                    {"phone number", "phone", "Phone?"},
                    {"trigger", "seen", "Seen?"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("type: single_choice")
                .contains("type: multiple_choice")
                .contains("other: true")
                .contains("type: text")
                .contains("type: consent");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void rowsWithoutTypeNameOrLabelAreCommentsAndSkipped() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"_comment", "type", "name", "label"},
                    {"Background", "", "", ""},
                    {"", "select_one yn", "one", "One?"}
                },
                new String[][] {
                    {"list_name", "name", "label", "note"},
                    {"", "", "", "spare"},
                    {"yn", "yes", "Yes", ""},
                    {"yn", "no", "No", ""}
                });

        assertThat(errors(imported)).isEmpty();
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aChoiceWithoutALabelIsShownByItsNameWithAWarningAtItsCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {{"type", "name", "label"}, {"select_one faces", "mood", "Mood?"}},
                new String[][] {{"list_name", "name", "label"}, {"faces", "happy", ""}, {"faces", "sad", ""}});

        assertThat(imported.yaml()).contains("fi: happy");
        assertThat(imported.problems())
                .filteredOn(p -> p.message().contains("no label"))
                .extracting(DefinitionProblem::path)
                .containsExactly("choices!B2", "choices!B3");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aCalculationBecomesACalculateQuestionLabelledWithItsName() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "calculation"},
                    {"integer", "n", "N?", ""},
                    {"calculate", "sum", "", "if(${n} > 1, ${n} + 1, 0)"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("type: calculate")
                .contains("calculation: if(n > 1, n + 1, 0)")
                .contains("sum");
        assertThat(new QuestionnaireYamlReader().read("form.xlsx", imported.yaml()))
                .isInstanceOf(DefinitionResult.Accepted.class);
    }

    @Test
    void pulldataIsRefusedAtItsCalculationCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "calculation"}, {"calculate", "fruit", "", "pulldata('fruits', 'name')"}
                },
                YES_NO);

        assertThat(errors(imported)).singleElement().satisfies(error -> {
            assertThat(error.path()).isEqualTo("survey!D2");
            assertThat(error.message()).contains("function 'pulldata()' has no Mittari equivalent");
        });
    }

    @Test
    void aProblemTheReaderFindsInTheYamlIsPlacedAtTheSurveyCellItCameFrom() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"text", "name", "Name?", ""},
                    {"select_one yn", "one", "One?", "${later} = 'yes'"},
                    {"select_one yn", "later", "Later?", ""}
                },
                YES_NO);
        DefinitionResult read = new QuestionnaireYamlReader().read("form.xlsx", imported.yaml());

        List<DefinitionProblem> located = imported.atCells(read.problems());

        assertThat(located)
                .filteredOn(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.path()).isEqualTo("survey!D3");
                    assertThat(error.message()).contains("later").contains("questions[1].relevant");
                });
    }

    @Test
    void aWorkbookOfOneSheetIsTheSurveyWhateverTheSheetIsCalled() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XlsFormWorkbooks.fill(
                workbook.createSheet("Sheet1"),
                new String[][] {{"type", "name", "label"}, {"text", "state", "State?"}});

        XlsFormImport imported = XlsFormWorkbooks.importWorkbook(workbook);

        assertThat(errors(imported)).isEmpty();
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aRowMoreThanSixtyEmptyRowsBelowTheFormIsNotPartOfIt() throws IOException {
        XSSFWorkbook workbook = XlsFormWorkbooks.workbook(
                new String[][] {{"type", "name", "label"}, {"text", "state", "State?"}}, YES_NO);
        Row leftover = workbook.getSheet("survey").createRow(1 + 61 + 1);
        leftover.createCell(0).setCellValue("party like it's 1999");

        XlsFormImport imported = XlsFormWorkbooks.importWorkbook(workbook);

        assertThat(errors(imported)).isEmpty();
    }

    @Test
    void aChoiceFilterOverTheChoicesNameBecomesAChoiceFilterOverTheirValue() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "choice_filter"},
                    {"select_one yn", "first", "First?", ""},
                    {"select_one yn", "second", "Second?", "name = ${first}"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("choiceFilter").contains("choice('value') = first");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void choicesSheetColumnsBecomeAttributesAFilterComparesWith() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "choice_filter"},
                    {"select_one states", "state", "State?", ""},
                    {"select_one counties", "county", "County in ${state}?", "${state}=cf"}
                },
                new String[][] {
                    {"list_name", "name", "label", "cf"},
                    {"states", "texas", "Texas", ""},
                    {"states", "washington", "Washington", ""},
                    {"counties", "king", "King", "washington"},
                    {"counties", "cameron", "Cameron", "texas"}
                });

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml())
                .contains("choiceFilter: state=choice('cf')")
                .contains("cf: washington")
                .contains("County in ${state}?");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aChoiceFilterThatKeepsEveryChoiceIsLeftOutWithAWarning() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "choice_filter"}, {"select_one yn", "first", "First?", "true()"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.problems()).extracting(DefinitionProblem::path).contains("survey!D2");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aNumberAsRelevantReadsAsXPathReadsItZeroHidingTheQuestionWithAWarningAtItsCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {
                    {"type", "name", "label", "relevant"},
                    {"text", "off", "Off?", "0"},
                    {"text", "on", "On?", "1"}
                },
                YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("relevant: 'false'").contains("relevant: 'true'");
        assertThat(imported.problems())
                .filteredOn(p -> p.path().equals("survey!D2"))
                .extracting(DefinitionProblem::message)
                .containsExactly("relevant '0' is a number, which ODK reads as false (0 is false, any other number"
                        + " true): read as false");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    private static List<DefinitionProblem> errors(XlsFormImport imported) {
        return imported.problems().stream()
                .filter(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                .toList();
    }
}
