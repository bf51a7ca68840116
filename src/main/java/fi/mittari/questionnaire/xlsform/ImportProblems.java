package fi.mittari.questionnaire.xlsform;

import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.DefinitionProblem.Severity;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/** Collects problems against workbook cells: row as Excel numbers it, 1-based column, and "survey!B7" as the path. */
final class ImportProblems {

    private final String source;
    private final List<DefinitionProblem> problems = new ArrayList<>();

    ImportProblems(String source) {
        this.source = source;
    }

    /** {@code column} is 0-based, as POI counts; it is reported 1-based. */
    void error(String sheet, int row, int column, String message) {
        add(sheet, row, column, message, Severity.ERROR);
    }

    void warning(String sheet, int row, int column, String message) {
        add(sheet, row, column, message, Severity.WARNING);
    }

    void add(String sheet, int row, int column, String message, Severity severity) {
        int safeColumn = Math.max(0, column);
        String path = sheet + "!" + CellReference.convertNumToColString(safeColumn) + row;
        problems.add(new DefinitionProblem(source, row, safeColumn + 1, path, message, severity));
    }

    List<DefinitionProblem> all() {
        return List.copyOf(problems);
    }
}
