package fi.mittari.report;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** A native horizontal bar chart of one distribution's shares, drawn beside its table and linked to its cells. */
final class ShareBarChart {

    /** Column E: one empty column (D) between the table (A–C) and the chart. */
    static final int FIRST_COLUMN = 4;
    /** The chart ends where column M begins, so it spans E–L. */
    static final int END_COLUMN = 12;

    static final int HEIGHT_ROWS = 15;

    private ShareBarChart() {}

    /** Draws the chart with its top edge at {@code topRow}; labels and shares are single-column ranges. */
    static void draw(XSSFSheet sheet, int topRow, String title, CellRangeAddress labels, CellRangeAddress shares) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(
                drawing.createAnchor(0, 0, 0, 0, FIRST_COLUMN, topRow, END_COLUMN, topRow + HEIGHT_ROWS));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.deleteLegend(); // one series only: a legend would just repeat the title

        XDDFCategoryAxis choiceAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        choiceAxis.setOrientation(AxisOrientation.MAX_MIN); // first choice on top, in the table's order
        XDDFValueAxis shareAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        shareAxis.setCrosses(AxisCrosses.MAX); // with reversed choices, keeps the percentages below the bars
        shareAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        shareAxis.setMinimum(0);
        shareAxis.setMaximum(1);
        shareAxis.setNumberFormat("0%");

        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, choiceAxis, shareAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        data.addSeries(
                        XDDFDataSourcesFactory.fromStringCellRange(sheet, labels),
                        XDDFDataSourcesFactory.fromNumericCellRange(sheet, shares))
                .setTitle(title, null);
        chart.plot(data);
    }
}
