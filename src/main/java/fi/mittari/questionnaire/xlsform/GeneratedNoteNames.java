package fi.mittari.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A note needs no name in XLSForm: pyxform names a nameless one {@code generated_note_name_<row>}, after its sheet row,
 * and so does this converter, so that the key is the one ODK's data would show.
 */
final class GeneratedNoteNames {

    private GeneratedNoteNames() {}

    static SheetTable named(SheetTable survey) {
        int typeColumn = survey.column("type").orElse(-1);
        int nameColumn = survey.column("name").orElse(-1);
        if (typeColumn < 0 || nameColumn < 0) {
            return survey;
        }
        List<SheetTable.TableRow> rows = new ArrayList<>();
        for (SheetTable.TableRow row : survey.rows()) {
            boolean namelessNote =
                    row.get(typeColumn).strip().toLowerCase(Locale.ROOT).equals("note")
                            && row.get(nameColumn).isBlank();
            rows.add(namelessNote ? named(row, nameColumn) : row);
        }
        return survey.withRows(rows);
    }

    private static SheetTable.TableRow named(SheetTable.TableRow row, int nameColumn) {
        List<String> cells = new ArrayList<>(row.cells());
        while (cells.size() <= nameColumn) {
            cells.add("");
        }
        cells.set(nameColumn, "generated_note_name_" + row.number());
        return new SheetTable.TableRow(row.number(), cells);
    }
}
