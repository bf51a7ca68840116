package fi.mittari.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** One worksheet as text: the header row and the non-empty rows below it, each cell as Excel shows it. */
final class SheetTable {

    /** One row below the header; {@code number} is the row number Excel shows. */
    record TableRow(int number, List<String> cells) {
        String get(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    /**
     * Two header cells that name the same column, such as {@code relevant} and its alias {@code bind::relevant}:
     * {@code first} and {@code second} are 0-based column indexes, with the headers as the sheet writes them.
     */
    record RepeatedColumn(String column, int first, String firstWritten, int second, String secondWritten) {}

    private final String name;
    private final List<String> headers;
    private final List<TableRow> rows;
    private final List<RepeatedColumn> repeated;

    private SheetTable(String name, List<String> headers, List<TableRow> rows, List<RepeatedColumn> repeated) {
        this.name = name;
        this.headers = List.copyOf(headers);
        this.rows = List.copyOf(rows);
        this.repeated = List.copyOf(repeated);
    }

    static SheetTable empty(String name) {
        return new SheetTable(name, List.of(), List.of(), List.of());
    }

    /**
     * After more empty rows than this the form has ended, as pyxform reads it: what follows is a note or leftover far
     * below the form, not part of it.
     */
    private static final int MAX_EMPTY_ROWS = 60;

    static SheetTable of(Sheet sheet) {
        DataFormatter formatter = new DataFormatter();
        // A formula cell reads as the value it last showed (a header written as =HYPERLINK(…, "type") is "type"),
        // never as its formula text.
        formatter.setUseCachedValuesForFormulaCells(true);
        List<String> headers = new ArrayList<>();
        List<String> written = new ArrayList<>();
        List<TableRow> rows = new ArrayList<>();
        int lastFilled = -1;
        for (Row row : sheet) {
            if (lastFilled >= 0 && row.getRowNum() - lastFilled - 1 > MAX_EMPTY_ROWS) {
                break;
            }
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? "" : formatter.formatCellValue(cell).strip());
            }
            if (headers.isEmpty() && rows.isEmpty()) {
                written.addAll(cells);
                cells.forEach(header -> headers.add(normalizeHeader(header)));
                lastFilled = row.getRowNum();
            } else if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
                rows.add(new TableRow(row.getRowNum() + 1, cells));
                lastFilled = row.getRowNum();
            }
        }
        return new SheetTable(sheet.getSheetName(), headers, rows, repeated(headers, written));
    }

    /** Each header cell naming a column an earlier cell already names; blank header cells name nothing. */
    private static List<RepeatedColumn> repeated(List<String> headers, List<String> written) {
        List<RepeatedColumn> repeated = new ArrayList<>();
        java.util.Map<String, Integer> firsts = new java.util.HashMap<>();
        for (int c = 0; c < headers.size(); c++) {
            if (headers.get(c).isEmpty()) {
                continue;
            }
            Integer first = firsts.putIfAbsent(headers.get(c), c);
            if (first != null) {
                repeated.add(new RepeatedColumn(headers.get(c), first, written.get(first), c, written.get(c)));
            }
        }
        return repeated;
    }

    /**
     * Refuses each column the header row names twice, at its second cell: which of the two a row means is anyone's
     * guess, and pyxform refuses such a sheet too ("different names for the same column").
     */
    void reportRepeatedColumns(ImportProblems problems) {
        for (RepeatedColumn r : repeated) {
            problems.error(
                    name,
                    1,
                    r.second(),
                    "columns '" + r.firstWritten() + "' (" + cell(r.first()) + ") and '" + r.secondWritten() + "' ("
                            + cell(r.second()) + ") are both the column " + r.column()
                            + "; remove or rename one of them, so that it is clear which one the rows mean");
        }
    }

    private static String cell(int column) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(column) + "1";
    }

    private static final java.util.Set<String> TRANSLATED =
            java.util.Set.of("label", "hint", "constraint_message", "required_message", "guidance_hint");

    /** Header names compare case-insensitively and without spaces around "::"; the language part keeps its case. */
    private static String normalizeHeader(String header) {
        Optional<String> alias = HeaderAliases.column(header);
        if (alias.isPresent()) {
            return alias.get();
        }
        String[] parts = header.strip().split("\\s*::\\s*", 2);
        if (parts.length == 1) {
            // pyxform also reads "label:English" with one colon for the columns that are translated
            String[] single = header.strip().split("\\s*:\\s*", 2);
            if (single.length == 2 && TRANSLATED.contains(single[0].toLowerCase(Locale.ROOT))) {
                parts = single;
            }
        }
        String base = parts[0].toLowerCase(Locale.ROOT);
        return parts.length == 2 ? base + "::" + parts[1] : base;
    }

    /** The same sheet and headers with other rows: loops expanded into the rows they stand for. */
    SheetTable withRows(List<TableRow> otherRows) {
        return new SheetTable(name, headers, otherRows, repeated);
    }

    /** The same rows with a column of this header at the end, when the sheet has none: an expansion writes into it. */
    SheetTable withColumn(String header) {
        if (headers.contains(header)) {
            return this;
        }
        List<String> wider = new ArrayList<>(headers);
        wider.add(header);
        return new SheetTable(name, wider, rows, repeated);
    }

    String name() {
        return name;
    }

    List<String> headers() {
        return headers;
    }

    List<TableRow> rows() {
        return rows;
    }

    /** The 0-based index of the column with this header. */
    Optional<Integer> column(String header) {
        int index = headers.indexOf(header);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }

    String value(TableRow row, String header) {
        return column(header).map(row::get).orElse("");
    }
}
