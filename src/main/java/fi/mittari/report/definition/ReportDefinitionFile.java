package fi.mittari.report.definition;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/**
 * One file of {@code batch/reports/} as read and checked: the definitions from it in force and every problem found. A
 * file with an error in itself (syntax, a missing key, a code used twice) is left out whole; a definition that names
 * an indicator or breakdown the indicator catalog does not have is left out alone.
 */
public record ReportDefinitionFile(String source, List<LocatedReport> reports, List<DefinitionProblem> problems) {

    public ReportDefinitionFile {
        reports = List.copyOf(reports);
        problems = List.copyOf(problems);
    }

    /** Nothing from this file is in force because of its errors. */
    public boolean rejected() {
        return reports.isEmpty() && hasErrors();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR);
    }
}
