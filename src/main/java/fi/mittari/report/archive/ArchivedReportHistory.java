package fi.mittari.report.archive;

import fi.mittari.report.preparing.ArchivedFigures;
import fi.mittari.report.preparing.ReportHistory;
import jakarta.inject.Singleton;
import java.util.Optional;

/** What the newest archived report of a definition said, for the next report's Method sheet. */
@Singleton
class ArchivedReportHistory implements ReportHistory {

    private final ReportArchive archive;
    private final FiguresJson json;

    ArchivedReportHistory(ReportArchive archive, FiguresJson json) {
        this.archive = archive;
        this.json = json;
    }

    @Override
    public Optional<ArchivedFigures> previous(String reportCode) {
        return archive.newestFigures(reportCode).map(json::read);
    }
}
