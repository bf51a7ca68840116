package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Writes rows of text under a fixed header row; translated columns are named like {@code label::Finnish (fi)}. */
final class SheetWriter {

    private final Sheet sheet;
    private final List<String> headers;
    private final CellStyle text;

    SheetWriter(Sheet sheet, List<String> headers) {
        this.sheet = sheet;
        this.headers = List.copyOf(headers);
        this.text = sheet.getWorkbook().createCellStyle();
        text.setQuotePrefixed(true);
        Row header = sheet.createRow(0);
        for (int i = 0; i < headers.size(); i++) {
            header.createCell(i).setCellValue(headers.get(i));
        }
    }

    /** {@code base::Language (code)} for every language, in the questionnaire's order. */
    static List<String> translated(String base, List<Language> languages) {
        List<String> headers = new ArrayList<>();
        languages.forEach(language -> headers.add(header(base, language)));
        return headers;
    }

    static String header(String base, Language language) {
        return base + "::" + LanguageNames.describe(language);
    }

    /** Puts each text of {@code text} into its language's column of {@code base}. */
    static void putTexts(Map<String, String> cells, String base, LocalizedText text) {
        text.texts().forEach((language, value) -> cells.put(header(base, language), value));
    }

    /** What spreadsheet programs read as the start of a formula: the rule shared with answer exports. */
    static boolean looksLikeAFormula(String value) {
        return fi.mittari.sheet.FormulaText.looksLikeAFormula(value);
    }

    void row(Map<String, String> cells) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int i = 0; i < headers.size(); i++) {
            String value = cells.get(headers.get(i));
            if (value != null && !value.isEmpty()) {
                Cell cell = row.createCell(i);
                cell.setCellValue(value);
                if (looksLikeAFormula(value)) {
                    // Staff and respondents' texts stay text when a spreadsheet program edits or re-saves the cell.
                    cell.setCellStyle(text);
                }
            }
        }
    }
}
