package fi.mittari.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writing the rows that loops and repeats are expanded into: blank rows of the sheet's width, group rows, and copies of
 * a body whose names get a prefix and whose {@code ${name}} of a row of the same body points to the same copy.
 */
final class ExpansionRows {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]+)}");

    private final SheetTable survey;
    private final int typeColumn;
    private final int nameColumn;

    ExpansionRows(SheetTable survey) {
        this.survey = survey;
        this.typeColumn = survey.column("type").orElse(0);
        this.nameColumn = survey.column("name").orElse(-1);
    }

    int typeColumn() {
        return typeColumn;
    }

    int nameColumn() {
        return nameColumn;
    }

    String type(SheetTable.TableRow row) {
        return row.get(typeColumn).strip();
    }

    String name(SheetTable.TableRow row) {
        return row.get(nameColumn).strip();
    }

    /** The names of the rows of a body, which a copy renames and points references to. */
    Set<String> names(List<SheetTable.TableRow> body) {
        Set<String> names = new java.util.HashSet<>();
        body.forEach(row -> names.add(name(row)));
        return names;
    }

    /**
     * A copy of a body's row: its name prefixed (except on an end row, whose name pyxform ignores) and, in its other
     * cells, after {@code rewrite}, every {@code ${name}} of the body pointed to the same copy.
     */
    SheetTable.TableRow copy(SheetTable.TableRow row, String prefix, Set<String> bodyNames, CellRewrite rewrite) {
        List<String> cells = blankCells();
        for (int c = 0; c < cells.size(); c++) {
            String cell = rewrite.apply(c, row.get(c));
            cells.set(c, c == nameColumn || cell.isEmpty() ? cell : sameCopy(cell, prefix, bodyNames));
        }
        String name = row.get(nameColumn).isBlank() ? "" : cells.get(nameColumn);
        boolean closing = type(row).toLowerCase(Locale.ROOT).startsWith("end");
        if (!name.isBlank() && !closing) {
            setName(cells, prefix + "_" + name);
        }
        return new SheetTable.TableRow(row.number(), cells);
    }

    /** What a copy does to a cell of its body's row before references are pointed to the copy. */
    @FunctionalInterface
    interface CellRewrite {
        String apply(int column, String cell);
    }

    private static String sameCopy(String cell, String prefix, Set<String> bodyNames) {
        return REFERENCE
                .matcher(cell)
                .replaceAll(reference -> Matcher.quoteReplacement(
                        bodyNames.contains(reference.group(1))
                                ? "${" + prefix + "_" + reference.group(1) + "}"
                                : reference.group()));
    }

    /** The row with every cell kept but its type. */
    SheetTable.TableRow withType(SheetTable.TableRow row, String type) {
        List<String> cells = blankCells();
        for (int c = 0; c < cells.size(); c++) {
            cells.set(c, row.get(c));
        }
        cells.set(typeColumn, type);
        return new SheetTable.TableRow(row.number(), cells);
    }

    /** An {@code end group} at the row of {@code endRow}, so a problem with it is reported where the author ended. */
    SheetTable.TableRow endGroup(SheetTable.TableRow endRow) {
        List<String> cells = blankCells();
        cells.set(typeColumn, "end group");
        return new SheetTable.TableRow(endRow.number(), cells);
    }

    void setName(List<String> cells, String name) {
        if (nameColumn >= 0) {
            cells.set(nameColumn, name);
        }
    }

    List<String> blankCells() {
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < Math.max(survey.headers().size(), typeColumn + 1); c++) {
            cells.add("");
        }
        return cells;
    }
}
