package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Classification;
import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireFixture;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.yaml.DefinitionProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsFormCompositeTypesTest {

    private static byte[] export(Questionnaire questionnaire) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsFormExporter().export(questionnaire, out);
        return out.toByteArray();
    }

    private static Questionnaire read(XlsFormImport imported) {
        DefinitionResult result = new QuestionnaireYamlReader().read("back.xlsx", imported.yaml());
        assertThat(result)
                .as(() -> result.problems() + "\n" + imported.yaml())
                .isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire();
    }

    private static XlsFormImport importBack(byte[] workbook) {
        return new XlsFormImporter().importWorkbook("back.xlsx", new ByteArrayInputStream(workbook));
    }

    @Test
    void likertMatrixRankingAndOtherSurviveARoundTrip() {
        Questionnaire original = QuestionnaireFixture.everyCompositeQuestionType();
        XlsFormImport imported = importBack(export(original));
        assertThat(imported.problems()).isEmpty();
        assertThat(read(imported)).isEqualTo(original);
    }

    @Test
    void aLikertScaleWithWordsForEveryPointSurvivesARoundTrip() {
        Questionnaire original = withQuestions(new LikertQuestion(
                "often",
                QuestionnaireFixture.fi("How often?"),
                LocalizedText.empty(),
                true,
                3,
                LocalizedText.empty(),
                LocalizedText.empty(),
                List.of(
                        QuestionnaireFixture.fi("Rarely"),
                        QuestionnaireFixture.fi("Sometimes"),
                        QuestionnaireFixture.fi("Often")),
                new Classification("outcome.often", false)));
        XlsFormImport imported = importBack(export(original));
        assertThat(imported.problems()).isEmpty();
        assertThat(read(imported)).isEqualTo(original);
    }

    @Test
    void writesAMatrixAsATableListGroupOfSelectOneRowsNamedByItem() throws IOException {
        List<List<String>> rows = surveyRows(export(QuestionnaireFixture.everyCompositeQuestionType()));
        assertThat(rows)
                .extracting(row -> row.get(0) + " " + row.get(1))
                .containsSubsequence(
                        "begin_group event", "select_one event event_venue", "select_one event event_programme")
                .contains(
                        "end_group ",
                        "rank helps helps",
                        "select_one situation or_other situation",
                        "select_one welcome welcome");
    }

    @Test
    void aTableListGroupOfOtherRowsStaysAPage() throws IOException {
        XlsFormImport imported = importBack(workbook(
                List.of(
                        new String[] {"type", "name", "label::Finnish (fi)", "appearance"},
                        new String[] {"begin_group", "g", "Ryhmä", "table-list"},
                        new String[] {"select_one grades", "a", "A"},
                        new String[] {"text", "b", "B"},
                        new String[] {"end_group"}),
                List.of(
                        new String[] {"list_name", "name", "label::Finnish (fi)"},
                        new String[] {"grades", "poor", "Heikko"},
                        new String[] {"grades", "good", "Hyvä"})));
        var questionnaire = read(imported);
        // not the matrix shape, so an ordinary top-level group: a page
        assertThat(questionnaire.questions()).extracting(Question::key).containsExactly("a", "b");
        assertThat(questionnaire.pages()).singleElement().satisfies(page -> assertThat(page.key())
                .isEqualTo("g"));
        assertThat(imported.yaml()).doesNotContain("type: matrix");
    }

    @Test
    void aLikertAppearanceOnAListNotValuedOneToNIsASingleChoiceWithAWarning() throws IOException {
        XlsFormImport imported = importBack(workbook(
                List.of(
                        new String[] {"type", "name", "label::Finnish (fi)", "appearance"},
                        new String[] {"select_one grades", "a", "A", "likert"}),
                List.of(
                        new String[] {"list_name", "name", "label::Finnish (fi)"},
                        new String[] {"grades", "poor", "Heikko"},
                        new String[] {"grades", "fair", "Välttävä"},
                        new String[] {"grades", "good", "Hyvä"})));
        assertThat(imported.problems())
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(org.assertj.core.api.Assertions.tuple(
                        "survey!D2",
                        "appearance 'likert' needs a list valued 1 to N with 3 to 11 points; imported as a single"
                                + " choice"));
        assertThat(imported.yaml()).contains("type: single_choice");
    }

    private static Questionnaire withQuestions(Question... questions) {
        Questionnaire fixture = QuestionnaireFixture.everyCompositeQuestionType();
        return new Questionnaire(
                fixture.key(),
                fixture.title(),
                fixture.description(),
                fixture.defaultLanguage(),
                fixture.languages(),
                List.of(questions));
    }

    private static List<List<String>> surveyRows(byte[] workbook) throws IOException {
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet survey = read.getSheet("survey");
            List<List<String>> rows = new ArrayList<>();
            for (int r = 1; r <= survey.getLastRowNum(); r++) {
                Row row = survey.getRow(r);
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < 2; c++) {
                    cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
                }
                rows.add(cells);
            }
            return rows;
        }
    }

    private static byte[] workbook(List<String[]> survey, List<String[]> choices) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            fill(workbook.createSheet("survey"), survey);
            fill(workbook.createSheet("choices"), choices);
            fill(
                    workbook.createSheet("settings"),
                    List.of(new String[] {"form_id", "form_title"}, new String[] {"groups", "Ryhmät"}));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static void fill(Sheet sheet, List<String[]> rows) {
        for (String[] cells : rows) {
            Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
            for (int i = 0; i < cells.length; i++) {
                row.createCell(i).setCellValue(cells[i]);
            }
        }
    }
}
