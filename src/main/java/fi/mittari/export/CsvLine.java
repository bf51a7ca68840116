package fi.mittari.export;

import java.io.IOException;
import org.apache.commons.csv.CSVFormat;

/**
 * One RFC 4180 record at a time through commons-csv's format (quoting and escaping are its own), without a
 * {@code CSVPrinter}, whose class file carries an annotation this build cannot resolve (it fails on warnings).
 */
final class CsvLine {

    private final Appendable out;
    private boolean first = true;

    CsvLine(Appendable out) {
        this.out = out;
    }

    void cell(String value) throws IOException {
        CSVFormat.RFC4180.print(value, out, first);
        first = false;
    }

    void end() throws IOException {
        CSVFormat.RFC4180.println(out);
        first = true;
    }

    void record(Iterable<String> values) throws IOException {
        for (String value : values) {
            cell(value);
        }
        end();
    }
}
