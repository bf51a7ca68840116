package fi.mittari.report.definition;

import java.util.List;
import java.util.Optional;

/**
 * The report definitions in force: read from {@code batch/reports/} at start-up. A file with problems is left out
 * whole and its problems are logged with file, line and reason; the others are used.
 */
public interface ReportCatalog {

    /** Every valid definition, ordered by code. */
    List<ReportDefinition> all();

    default Optional<ReportDefinition> byCode(String code) {
        return all().stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
