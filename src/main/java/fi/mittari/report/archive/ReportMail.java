package fi.mittari.report.archive;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The subject and short body of a report's email, in the report's language (fi when it has none). */
record ReportMail(String subject, String body) {

    private static final DateTimeFormatter FINNISH_DATE = DateTimeFormatter.ofPattern("d.M.yyyy");

    static ReportMail of(ArchivedReport report) {
        String period = report.periodFrom() == null || report.periodTo() == null
                ? ""
                : " (" + FINNISH_DATE.format(report.periodFrom()) + "–" + dateOf(report.periodTo()) + ")";
        String language = report.language() == null ? "fi" : report.language();
        String body =
                switch (language) {
                    case "sv" -> "Hej,\n\nbifogat finns rapporten \"" + report.title() + "\"" + period
                            + " som Excel-arbetsbok.\n\nMeddelandet skickades automatiskt av Mittari.\n";
                    case "en" -> "Hello,\n\nattached is the report \"" + report.title() + "\"" + period
                            + " as an Excel workbook.\n\nThis message was sent automatically by Mittari.\n";
                    default -> "Hei,\n\nliitteenä on raportti \"" + report.title() + "\"" + period
                            + " Excel-työkirjana.\n\nViestin lähetti Mittari automaattisesti.\n";
                };
        return new ReportMail(report.title(), body);
    }

    private static String dateOf(LocalDate date) {
        return FINNISH_DATE.format(date);
    }
}
