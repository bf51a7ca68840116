package fi.mittari.report;

import java.time.Instant;
import java.util.List;

/**
 * Everything one funder workbook shows. {@code asOf} is the instant the figures are valid for; it is also the file's
 * created and modified date, so the same data gives a byte-identical file.
 */
public record WorkbookContent(
        String title, Instant asOf, ReportLanguage language, int minimumGroupSize, List<CampaignFigures> campaigns) {

    public WorkbookContent {
        campaigns = List.copyOf(campaigns);
    }
}
