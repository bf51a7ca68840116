package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * A workbook without a form_id takes its questionnaire key from the file's name without its extension, whether the
 * file is the old .xls or .xlsx, in any case, so that {@code lomake.xls} becomes {@code lomake} and not
 * {@code lomake-xls}.
 */
class XlsFormKeyFromFileNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"lomake.xls", "lomake.xlsx", "lomake.XLSX", "lomake.Xls", "lataukset/lomake.xls"})
    void theKeyIsTheFileNameWithoutItsExtension(String fileName) throws IOException {
        assertThat(key(fileName)).isEqualTo("lomake");
    }

    @ParameterizedTest
    @CsvSource({"xls-lomake.xlsx, xls-lomake", "lomake.xls.xlsx, lomake-xls", "lomake_xls.xlsx, lomake_xls"})
    void onlyTheExtensionAtTheEndIsDropped(String fileName, String key) throws IOException {
        assertThat(key(fileName)).isEqualTo(key);
    }

    private static String key(String fileName) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        XlsFormWorkbooks.fill(
                workbook.createSheet("survey"), new String[][] {{"type", "name", "label"}, {"text", "why", "Why?"}});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        XlsFormImport imported = new XlsFormImporter()
                .importWorkbook(fileName, new ByteArrayInputStream(out.toByteArray()), UnaskableQuestions.REFUSE);
        Map<?, ?> root = new Yaml().load(imported.yaml());
        return String.valueOf(root.get("key"));
    }
}
