package fi.mittari.report.definition;

import java.util.List;
import java.util.Optional;

/**
 * The report definitions in force: the newest stored version of each code (from {@code batch/reports/} or the
 * browser). One with problems is left out and its problems are logged with line and reason; the others are used.
 */
public interface ReportCatalog {

    /** Every valid definition, ordered by code. */
    List<ReportDefinition> all();

    default Optional<ReportDefinition> byCode(String code) {
        return all().stream().filter(d -> d.code().equals(code)).findFirst();
    }
}
