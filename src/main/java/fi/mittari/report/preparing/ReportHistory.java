package fi.mittari.report.preparing;

import java.util.Optional;

/** The archive as the Method sheet needs it: what the previous report of the same definition said. */
public interface ReportHistory {

    /** The figures of the newest archived report of {@code reportCode}, if there is one. */
    Optional<ArchivedFigures> previous(String reportCode);
}
