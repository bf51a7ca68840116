package fi.mittari.export;

import fi.mittari.sheet.FormulaText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The rows as RFC 4180 CSV in UTF-8 (a byte order mark in front when asked, which Excel needs to read UTF-8): the
 * header holds the variable names. A text that would start a formula in a spreadsheet program gets an apostrophe in
 * front, the rule the workbooks follow; numbers never do (a negative number stays a number). The stream is not closed.
 */
public final class CsvAnswers implements AnswerTable {

    private final List<Column> columns;
    private final CsvLine printer;
    private final boolean labels;
    private final OutputStreamWriter writer;

    public CsvAnswers(ExportLayout layout, OutputStream out, boolean byteOrderMark, boolean labels) throws IOException {
        this.columns = layout.columns();
        this.labels = labels;
        if (byteOrderMark) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        this.writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        this.printer = new CsvLine(writer);
    }

    @Override
    public void start() throws IOException {
        for (Column column : columns) {
            printer.cell(column.name());
        }
        printer.end();
    }

    @Override
    public void row(String[] cells) throws IOException {
        for (int i = 0; i < cells.length; i++) {
            Column column = columns.get(i);
            String cell = cells[i];
            if (cell == null) {
                printer.cell("");
            } else if (column.kind().numeric()) {
                printer.cell(cell);
            } else {
                printer.cell(FormulaText.quotedForCsv(column.shown(cell, labels)));
            }
        }
        printer.end();
    }

    @Override
    public void finish() throws IOException {
        writer.flush();
    }
}
