package fi.mittari.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the funder workbook's summary sheet: per campaign its response count and, per single-choice question, a table
 * of counts and shares (as percentages) with a native bar chart beside it. Every text from data is written as a text
 * cell, never as a formula; the same content gives byte-identical files.
 */
public final class FunderWorkbookWriter {

    private static final DateTimeFormatter AS_OF =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Helsinki"));
    /** Rows a distribution block takes at least, so each chart (15 rows high) clears the next table. */
    private static final int BLOCK_ROWS = 17;

    public void write(WorkbookContent content, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            WorkbookLabels labels = WorkbookLabels.in(content.language());
            Styles styles = new Styles(workbook);
            XSSFSheet sheet = workbook.createSheet(labels.sheet());
            sheet.setColumnWidth(0, 60 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(2, 12 * 256);
            int row = 0;
            text(sheet, row++, content.title(), styles.title);
            text(sheet, row++, labels.asOf() + " " + AS_OF.format(content.asOf()), null);
            text(sheet, row++, String.format(labels.sharesNote(), content.minimumGroupSize()), null);
            row++;
            if (content.campaigns().isEmpty()) {
                text(sheet, row, labels.noCampaigns(), null);
            }
            for (CampaignFigures campaign : content.campaigns()) {
                row = campaign(sheet, row, campaign, labels, styles, content.minimumGroupSize()) + 1;
            }
            properties(workbook, content);
            workbook.write(out);
        }
    }

    private int campaign(XSSFSheet sheet, int row, CampaignFigures campaign, WorkbookLabels labels, Styles styles,
                         int minimumGroupSize) {
        text(sheet, row++, campaign.title(), styles.heading);
        text(sheet, row++, labels.questionnaire() + ": " + campaign.questionnaireTitle(), null);
        XSSFRow responses = sheet.createRow(row++);
        responses.createCell(0).setCellValue(labels.responses());
        responses.createCell(1).setCellValue(campaign.responses());
        if (campaign.suppressed()) {
            text(sheet, row++, String.format(labels.suppressed(), minimumGroupSize), null);
            return row;
        }
        row++;
        for (ChoiceDistribution distribution : campaign.distributions()) {
            row = distribution(sheet, row, distribution, labels, styles);
        }
        return row;
    }

    private int distribution(XSSFSheet sheet, int start, ChoiceDistribution distribution, WorkbookLabels labels,
                             Styles styles) {
        int row = start;
        text(sheet, row++, distribution.questionLabel(), styles.heading);
        XSSFRow header = sheet.createRow(row++);
        String[] headings = {labels.choice(), labels.count(), labels.share()};
        for (int c = 0; c < headings.length; c++) {
            header.createCell(c).setCellValue(headings[c]);
            header.getCell(c).setCellStyle(styles.bold);
        }
        int first = row;
        for (ChoiceFigure choice : distribution.choices()) {
            XSSFRow r = sheet.createRow(row++);
            r.createCell(0).setCellValue(choice.label());
            r.createCell(1).setCellValue(choice.count());
            r.createCell(2).setCellValue(choice.share().doubleValue());
            r.getCell(2).setCellStyle(styles.percent);
        }
        int last = row - 1;
        XSSFRow answered = sheet.createRow(row++);
        answered.createCell(0).setCellValue(labels.answered());
        answered.createCell(1).setCellValue(distribution.answered());
        if (last >= first) {
            chart(sheet, start, distribution.questionLabel(), first, last);
        }
        return Math.max(row + 1, start + BLOCK_ROWS);
    }

    private static void chart(XSSFSheet sheet, int top, String title, int firstRow, int lastRow) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 4, top, 12, top + 15));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFCategoryAxis choices = chart.createCategoryAxis(AxisPosition.LEFT);
        choices.setOrientation(AxisOrientation.MAX_MIN); // first choice at the top, as in the table
        XDDFValueAxis shares = chart.createValueAxis(AxisPosition.BOTTOM);
        shares.setCrosses(AxisCrosses.AUTO_ZERO);
        shares.setMinimum(0);
        shares.setMaximum(1);
        shares.setNumberFormat("0%");
        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, choices, shares);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 0, 0)),
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(firstRow, lastRow, 2, 2)));
        series.setTitle(title, null);
        chart.plot(data);
    }

    private static void text(XSSFSheet sheet, int row, String value, CellStyle style) {
        var cell = sheet.createRow(row).createCell(0);
        cell.setCellValue(value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void properties(XSSFWorkbook workbook, WorkbookContent content) {
        POIXMLProperties.CoreProperties core = workbook.getProperties().getCoreProperties();
        Date asOf = Date.from(content.asOf());
        core.setCreated(Optional.of(asOf));
        core.setModified(Optional.of(asOf));
        core.setCreator("Mittari");
        core.setTitle(content.title());
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle heading;
        final CellStyle bold;
        final CellStyle percent;

        Styles(XSSFWorkbook workbook) {
            title = workbook.createCellStyle();
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title.setFont(big);
            Font strong = workbook.createFont();
            strong.setBold(true);
            heading = workbook.createCellStyle();
            heading.setFont(strong);
            bold = heading;
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        }
    }
}
