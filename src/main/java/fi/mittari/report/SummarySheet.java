package fi.mittari.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The funder workbook's summary sheet, written top to bottom: a heading, then per campaign its response count and,
 * unless suppressed, one table of counts and shares per question with a bar chart beside it. Every text from data is
 * written as a text cell, never as a formula.
 */
final class SummarySheet {

    static final ZoneId REPORT_ZONE = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter AS_OF =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(REPORT_ZONE);
    /** Rows a distribution block takes at least: its chart plus a blank row before the next block. */
    static final int MIN_DISTRIBUTION_ROWS = ShareBarChart.HEIGHT_ROWS + 1;

    private final XSSFSheet sheet;
    private final WorkbookLabels labels;
    private final WorkbookStyles styles;
    private int nextRow;

    SummarySheet(XSSFWorkbook workbook, WorkbookLabels labels) {
        this.sheet = workbook.createSheet(labels.sheet());
        this.labels = labels;
        this.styles = WorkbookStyles.of(workbook);
        sheet.setColumnWidth(0, 60 * 256);
        sheet.setColumnWidth(1, 14 * 256);
        sheet.setColumnWidth(2, 12 * 256);
        sheet.setColumnWidth(3, 3 * 256);
    }

    void write(WorkbookContent content) {
        text(content.title(), styles.title());
        text(labels.asOf() + " " + AS_OF.format(content.asOf()), styles.plain());
        text(labels.sharesNote(content.minimumGroupSize()), styles.plain());
        nextRow++;
        if (content.campaigns().isEmpty()) {
            text(labels.noCampaigns(), styles.plain());
        }
        for (CampaignFigures campaign : content.campaigns()) {
            campaign(campaign, content.minimumGroupSize());
            nextRow++;
        }
    }

    private void campaign(CampaignFigures campaign, int minimumGroupSize) {
        text(campaign.title(), styles.bold());
        text(labels.questionnaire() + ": " + campaign.questionnaireTitle(), styles.plain());
        numberRow(labels.responses(), campaign.responses());
        if (campaign.suppressed()) {
            text(labels.suppressed(minimumGroupSize), styles.plain());
            return;
        }
        nextRow++;
        for (ChoiceDistribution distribution : campaign.distributions()) {
            distribution(distribution);
        }
    }

    private void distribution(ChoiceDistribution distribution) {
        int top = nextRow;
        text(distribution.questionLabel(), styles.bold());
        XSSFRow header = sheet.createRow(nextRow++);
        cell(header, 0, labels.choice(), styles.bold());
        cell(header, 1, labels.count(), styles.bold());
        cell(header, 2, labels.share(), styles.bold());
        int firstChoice = nextRow;
        for (ChoiceFigure choice : distribution.choices()) {
            XSSFRow row = sheet.createRow(nextRow++);
            cell(row, 0, choice.label(), styles.plain());
            row.createCell(1).setCellValue(choice.count());
            row.createCell(2).setCellValue(choice.share().doubleValue());
            row.getCell(2).setCellStyle(styles.percent());
        }
        int lastChoice = nextRow - 1;
        numberRow(labels.answered(), distribution.answered());
        if (lastChoice >= firstChoice) {
            ShareBarChart.draw(
                    sheet,
                    top,
                    distribution.questionLabel(),
                    new CellRangeAddress(firstChoice, lastChoice, 0, 0),
                    new CellRangeAddress(firstChoice, lastChoice, 2, 2));
        }
        nextRow = Math.max(nextRow + 1, top + MIN_DISTRIBUTION_ROWS);
    }

    private void text(String value, CellStyle style) {
        cell(sheet.createRow(nextRow++), 0, value, style);
    }

    private void numberRow(String label, long number) {
        XSSFRow row = sheet.createRow(nextRow++);
        cell(row, 0, label, styles.plain());
        row.createCell(1).setCellValue(number);
    }

    /** setCellValue(String) always stores text, so "=…" from data can never become a formula. */
    private static void cell(XSSFRow row, int column, String value, CellStyle style) {
        var cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }
}
