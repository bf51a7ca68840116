package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.yaml.DefinitionProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small XLSForm workbooks written cell by cell, as a form author would, and converted. */
final class XlsFormWorkbooks {

    /** A choices sheet with one list, {@code yn}: yes and no. */
    static final String[][] YES_NO = {
        {"list_name", "name", "label"},
        {"yn", "yes", "Yes"},
        {"yn", "no", "No"}
    };

    private XlsFormWorkbooks() {}

    static boolean accepted(XlsFormImport imported) {
        return new QuestionnaireYamlReader().read("form.xlsx", imported.yaml()) instanceof DefinitionResult.Accepted;
    }

    /** The conversion's errors, without its warnings. */
    static List<DefinitionProblem> errors(XlsFormImport imported) {
        return imported.problems().stream()
                .filter(problem -> problem.severity() == DefinitionProblem.Severity.ERROR)
                .toList();
    }

    /** The first warning at a sheet cell ({@code survey!D3}), or a text saying there is none. */
    static String warningAt(XlsFormImport imported, String path) {
        return imported.problems().stream()
                .filter(problem -> problem.severity() == DefinitionProblem.Severity.WARNING)
                .filter(problem -> problem.path().equals(path))
                .map(DefinitionProblem::message)
                .findFirst()
                .orElse("(no warning at " + path + ")");
    }

    static XlsFormImport importForm(String[][] survey, String[][] choices) throws IOException {
        return importWorkbook(workbook(survey, choices));
    }

    static XlsFormImport importWorkbook(XSSFWorkbook workbook) throws IOException {
        return importWorkbook(workbook, UnaskableQuestions.REFUSE);
    }

    static XlsFormImport importWorkbook(XSSFWorkbook workbook, UnaskableQuestions unaskable) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return new XlsFormImporter()
                .importWorkbook("form.xlsx", new ByteArrayInputStream(out.toByteArray()), unaskable);
    }

    static XSSFWorkbook workbook(String[][] survey, String[][] choices) {
        XSSFWorkbook workbook = new XSSFWorkbook();
        fill(workbook.createSheet("survey"), survey);
        fill(workbook.createSheet("choices"), choices);
        fill(workbook.createSheet("settings"), new String[][] {{"form_title", "form_id"}, {"Form", "form"}});
        return workbook;
    }

    static void fill(Sheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }
}
