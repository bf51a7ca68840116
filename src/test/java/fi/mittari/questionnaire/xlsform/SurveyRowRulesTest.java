package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.DefinitionProblem.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SurveyRowRulesTest {

    @Test
    void mapsRangesAndReportsUnsupportedTypesColumnsAndLanguages() throws IOException {
        XlsFormImport result = new XlsFormImporter()
                .importWorkbook(
                        "rules.xlsx",
                        workbook(
                                new String[] {
                                    "type",
                                    "name",
                                    "label::Finnish (fi)",
                                    "label::German (de)",
                                    "parameters",
                                    "required",
                                    "default"
                                },
                                new String[] {"range", "score", "Arvosana", "Note", "start=1 end=5 step=1"},
                                new String[] {"range", "percent", "Prosentti", "", "start=0 end=100 step=1"},
                                new String[] {"rank", "order", "Järjestä"},
                                new String[] {"begin repeat", "children", "Lapset"},
                                new String[] {"integer", "age", "Ikä", "", "", "${score} > 2"},
                                new String[] {"text", "town", "Kunta", "", "", "", "Helsinki"},
                                new String[] {"calculate", "total", ""},
                                new String[] {"start", "started"}));

        assertThat(result.problems())
                .extracting(DefinitionProblem::path, DefinitionProblem::severity)
                .containsExactlyInAnyOrder(
                        tuple("survey!D1", Severity.WARNING),
                        tuple("survey!E3", Severity.ERROR),
                        tuple("survey!A4", Severity.ERROR),
                        tuple("survey!A5", Severity.ERROR),
                        tuple("survey!F6", Severity.ERROR),
                        tuple("survey!G7", Severity.WARNING),
                        tuple("survey!A8", Severity.ERROR),
                        tuple("survey!A9", Severity.WARNING),
                        tuple("settings!A2", Severity.WARNING),
                        // no form_title: the form's id stands for it, as in pyxform
                        tuple("settings!A2", Severity.WARNING));
        assertThat(result.problems())
                .filteredOn(p -> p.path().equals("survey!D1"))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .asString()
                .contains("language 'German (de)' is not supported");
        assertThat(result.problems())
                .filteredOn(p -> p.path().equals("survey!A4"))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("'rank' needs the name of a list in the choices sheet after rank");
        assertThat(result.problems())
                .filteredOn(p -> p.path().equals("survey!F6"))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .asString()
                .contains("conditional requirements are not supported");
        assertThat(result.yaml()).contains("type: rating", "min: 1", "max: 5").doesNotContain("percent");
    }

    private static ByteArrayInputStream workbook(String[]... rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet survey = workbook.createSheet("survey");
            for (String[] cells : rows) {
                Row row = survey.createRow(survey.getPhysicalNumberOfRows());
                for (int i = 0; i < cells.length; i++) {
                    row.createCell(i).setCellValue(cells[i]);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return new ByteArrayInputStream(out.toByteArray());
        }
    }
}
