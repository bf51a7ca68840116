package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsFormExportKeepsFormulaLikeTextsAsTextTest {

    private static final String YAML =
            """
            key: formula-labels
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Kaavat}
            questions:
              - key: link
                type: text
                label: {fi: "=HYPERLINK(\\"http://example.invalid\\")"}
              - key: plus
                type: single_choice
                label: {fi: "+358 numero?"}
                choices:
                  - value: a
                    label: {fi: "@valinta"}
                  - value: b
                    label: {fi: "-1 vuotta"}
                  - value: c
                    label: {fi: Tavallinen}
            """;

    @Test
    void textsThatStartLikeAFormulaAreQuotePrefixedTextCells() throws IOException {
        var read = new QuestionnaireYamlReader().read("formula-labels.yaml", YAML);
        assertThat(read).isInstanceOf(DefinitionResult.Accepted.class);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsFormExporter().export(((DefinitionResult.Accepted) read).questionnaire(), out);

        Map<String, Boolean> quoted = new HashMap<>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            for (Sheet sheet : workbook) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                        quoted.put(
                                cell.getStringCellValue(), cell.getCellStyle().getQuotePrefixed());
                    }
                }
            }
        }
        assertThat(quoted)
                .containsEntry("=HYPERLINK(\"http://example.invalid\")", true)
                .containsEntry("+358 numero?", true)
                .containsEntry("@valinta", true)
                .containsEntry("-1 vuotta", true)
                .containsEntry("Tavallinen", false);
    }
}
