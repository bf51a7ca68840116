package fi.mittari.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads CSV as RFC 4180 says, with the delimiter Excel chose: Finnish Excel writes ';', most others ','. */
final class CsvSheetReader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvSheetReader() {}

    static SheetReading read(byte[] bytes, int maxRows) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return new SheetReading.Unreadable("The CSV file is not UTF-8: in Excel, save it as \"CSV UTF-8\"");
        }
        if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        RowCollector rows = new RowCollector(maxRows);
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                // Record numbers count from 1 like spreadsheet rows; a quoted multi-line cell stays in one row.
                if (!rows.add((int) record.getRecordNumber(), cells, Map.of())) {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return new SheetReading.Unreadable(
                    "The CSV file could not be read (" + e.getMessage() + "); check its quotation marks");
        }
        return rows.result();
    }

    /** The header line holds question keys, which contain neither delimiter: whichever it has more of is used. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
