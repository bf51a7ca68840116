package fi.mittari.report.workbook;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.BarGrouping;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;

/**
 * A native Excel bar chart whose categories and values are ranges of the sheet's own cells (so Excel redraws it when
 * a cell changes, and a reader sees where each bar comes from). Horizontal bars, first category on top as in the
 * table. Shares get a 0–100 % axis.
 */
final class NativeBarChart {

    /** What the value axis shows. */
    enum Scale {
        SHARE,
        COUNT,
        DECIMAL
    }

    /** Where the chart sits: columns and rows of its top-left and (exclusive) bottom-right corners. */
    record Place(int firstColumn, int firstRow, int endColumn, int endRow) {}

    /** One series: its legend text and its values, a single-column range as long as the categories. */
    record Series(String title, CellRangeAddress values) {}

    /**
     * Bar colours, series by series: dark blue, orange, grey — told apart by people with the commonest colour vision
     * deficiencies and printable in greyscale (each a different lightness), with a contrast of at least 3:1 to white.
     */
    private static final byte[][] PALETTE = {
        {(byte) 0x1F, (byte) 0x4E, (byte) 0x79},
        {(byte) 0xC5, (byte) 0x5A, (byte) 0x11},
        {(byte) 0x59, (byte) 0x59, (byte) 0x59}
    };

    private NativeBarChart() {}

    /** One series of values against {@code categories}; no legend (it would repeat the title). */
    static XSSFChart draw(
            Sheet sheet, Place place, String title, CellRangeAddress categories, Series series, Scale scale) {
        return draw(sheet, place, title, categories, List.of(series), scale, false);
    }

    /**
     * Several series against {@code categories}, stacked when {@code stacked} (e.g. improved / same / worse shares of
     * the pairs, which add up to 100 %), with a legend naming the series.
     */
    static XSSFChart draw(
            Sheet sheet,
            Place place,
            String title,
            CellRangeAddress categories,
            List<Series> series,
            Scale scale,
            boolean stacked) {
        XSSFSheet xssf = (XSSFSheet) sheet;
        XSSFDrawing drawing = xssf.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(
                0, 0, 0, 0, place.firstColumn(), place.firstRow(), place.endColumn(), place.endRow()));
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        if (series.size() > 1) {
            chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        } else {
            chart.deleteLegend();
        }

        XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.LEFT);
        categoryAxis.setOrientation(AxisOrientation.MAX_MIN); // first category on top, in the table's order
        XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.BOTTOM);
        valueAxis.setCrosses(AxisCrosses.MAX); // with reversed categories, keeps the numbers below the bars
        valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
        valueAxis.setMinimum(0);
        switch (scale) {
            case SHARE -> {
                valueAxis.setMaximum(1);
                valueAxis.setNumberFormat("0%");
            }
            case COUNT -> valueAxis.setNumberFormat(Styles.COUNT_FORMAT);
            case DECIMAL -> valueAxis.setNumberFormat("0.0");
        }

        var data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
        data.setBarDirection(BarDirection.BAR);
        data.setVaryColors(false);
        if (stacked) {
            data.setBarGrouping(BarGrouping.STACKED);
        }
        var labels = XDDFDataSourcesFactory.fromStringCellRange(xssf, categories);
        for (int i = 0; i < series.size(); i++) {
            Series one = series.get(i);
            var added = data.addSeries(labels, XDDFDataSourcesFactory.fromNumericCellRange(xssf, one.values()));
            added.setTitle(one.title(), null);
            // An explicit fill: without one LibreOffice draws the axes but no bars (Excel picks its theme colour)
            added.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(PALETTE[i % PALETTE.length])));
        }
        chart.plot(data);
        if (stacked) {
            overlapFully(chart);
        }
        return chart;
    }

    /**
     * Stacked bars need an overlap of 100 % or Excel shifts each series sideways. XDDF's {@code setOverlap} needs a
     * schema type that poi-ooxml-lite leaves out, so the attribute is written as text.
     */
    private static void overlapFully(XSSFChart chart) {
        var overlap = chart.getCTChart().getPlotArea().getBarChartArray(0).addNewOverlap();
        try (XmlCursor cursor = overlap.newCursor()) {
            cursor.setAttributeText(new QName("val"), "100");
        }
    }
}
