package fi.mittari.questionnaire.xlsform;

import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.YES_NO;
import static fi.mittari.questionnaire.xlsform.XlsFormWorkbooks.errors;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Forms pyxform accepts that the converter once refused for how it read them, not for what they ask. */
class XlsFormPyxformReadingDifferencesTest {

    @Test
    void aNoteWithoutANameIsNamedAfterItsRowAsPyxformNamesIt() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {{"type", "name", "label"}, {"note", "", "Welcome"}, {"text", "name", "Name?"}}, YES_NO);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.yaml()).contains("key: generated_note_name_2");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aQuestionOtherThanANoteStillNeedsAName() throws IOException {
        XlsFormImport imported =
                XlsFormWorkbooks.importForm(new String[][] {{"type", "name", "label"}, {"text", "", "Name?"}}, YES_NO);

        assertThat(errors(imported)).extracting(DefinitionProblem::path).containsExactly("survey!B2");
    }

    @Test
    void aChoiceRowWithoutAListNameIsLeftOutWithAWarningAsPyxformLeavesItOut() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {{"type", "name", "label"}, {"select_one yn", "ok", "OK?"}},
                new String[][] {{"list_name", "name", "label"}, {"yn", "yes", "Yes"}, {"", "", "No"}, {"yn", "no", "No"}
                });

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.problems())
                .filteredOn(problem -> problem.path().equals("choices!A3"))
                .singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("no list_name"));
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aChoiceRowWithAListNameButNoNameIsStillRefusedAtItsNameCell() throws IOException {
        XlsFormImport imported = XlsFormWorkbooks.importForm(
                new String[][] {{"type", "name", "label"}, {"select_one yn", "ok", "OK?"}},
                new String[][] {{"list_name", "name", "label"}, {"yn", "yes", "Yes"}, {"yn", "", "No"}});

        assertThat(errors(imported)).extracting(DefinitionProblem::path).containsExactly("choices!B3");
    }

    @Test
    void aDefaultLanguageMittariDoesNotOfferGivesWayToALabelLanguageItDoesWithAWarning() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XlsFormWorkbooks.fill(workbook.createSheet("survey"), new String[][] {
            {"type", "name", "label::Swahili (sw)", "label::English (en)"}, {"text", "name", "Jina lako", "Your name"}
        });
        XlsFormWorkbooks.fill(
                workbook.createSheet("settings"),
                new String[][] {{"form_title", "form_id", "default_language"}, {"Plots", "plots", "Swahili (sw)"}});

        XlsFormImport imported = XlsFormWorkbooks.importWorkbook(workbook);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.problems())
                .filteredOn(problem -> problem.path().equals("settings!C2"))
                .singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("read in English (en)"));
        assertThat(imported.yaml())
                .contains("defaultLanguage: en")
                .contains("en: Your name")
                .doesNotContain("Jina");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void withoutADefaultLanguageAFormIsReadInTheOneLabelLanguageMittariOffers() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XlsFormWorkbooks.fill(workbook.createSheet("survey"), new String[][] {
            {"type", "name", "label::English", "label::Chinese"}, {"text", "name", "Your name", "你的名字"}
        });
        XlsFormWorkbooks.fill(
                workbook.createSheet("settings"), new String[][] {{"form_title", "form_id"}, {"Plots", "plots"}});

        XlsFormImport imported = XlsFormWorkbooks.importWorkbook(workbook);

        assertThat(errors(imported)).isEmpty();
        assertThat(imported.problems())
                .filteredOn(problem -> problem.path().equals("survey!D1"))
                .singleElement()
                .satisfies(warning -> assertThat(warning.message()).contains("is ignored"));
        assertThat(imported.yaml()).contains("defaultLanguage: en").contains("en: Your name");
        assertThat(XlsFormWorkbooks.accepted(imported)).isTrue();
    }

    @Test
    void aDefaultLanguageMittariDoesNotOfferIsRefusedWhenNoLabelColumnIsInOneItDoes() throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XlsFormWorkbooks.fill(
                workbook.createSheet("survey"),
                new String[][] {{"type", "name", "label"}, {"text", "name", "Jina lako"}});
        XlsFormWorkbooks.fill(
                workbook.createSheet("settings"),
                new String[][] {{"form_title", "form_id", "default_language"}, {"Plots", "plots", "Swahili (sw)"}});

        assertThat(errors(XlsFormWorkbooks.importWorkbook(workbook)))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.path()).isEqualTo("settings!C2");
                    assertThat(error.message()).contains("'Swahili (sw)' is not supported");
                });
    }
}
