package fi.mittari.report.workbook;

import fi.mittari.sheet.ClockCells;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The workbook's cell styles, created once per workbook (Excel allows ~64,000 styles; one per cell would run out).
 * Numbers get number formats, never text: {@code #,##0} for counts, {@code 0.0%} for shares, {@code 0.00} style
 * formats for decimals. {@link #answerText()} is quote-prefixed: a respondent's "=HYPERLINK(…)" stays text even when
 * someone edits the cell.
 */
final class Styles {

    static final String COUNT_FORMAT = "#,##0";
    static final String DATE_FORMAT = ClockCells.DATE_FORMAT;
    static final String DATE_TIME_FORMAT = ClockCells.DATE_TIME_FORMAT;

    private final Workbook workbook;
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle section;
    private final CellStyle text;
    private final CellStyle wrapped;
    private final CellStyle answerText;
    private final CellStyle wrappedAnswerText;
    private final CellStyle link;
    private final CellStyle count;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle timeOfDay;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();
    private final Map<Integer, CellStyle> percents = new HashMap<>();
    private final Map<Integer, CellStyle> signed = new HashMap<>();

    Styles(Workbook workbook) {
        this.workbook = workbook;
        this.title = style(font(true, 16, false));
        title.setQuotePrefixed(true); // a title can come from a report definition: keep it text
        this.header = style(font(true, 11, false));
        header.setWrapText(true);
        header.setBorderBottom(BorderStyle.THIN);
        this.section = style(font(true, 11, false));
        this.text = workbook.getCellStyleAt(0);
        text.setVerticalAlignment(VerticalAlignment.TOP);
        this.wrapped = style(null);
        wrapped.setWrapText(true);
        this.answerText = style(null);
        answerText.setQuotePrefixed(true);
        this.wrappedAnswerText = style(null);
        wrappedAnswerText.setQuotePrefixed(true);
        wrappedAnswerText.setWrapText(true);
        this.link = style(font(false, 11, true));
        this.count = formatted(COUNT_FORMAT);
        this.date = formatted(DATE_FORMAT);
        this.dateTime = formatted(DATE_TIME_FORMAT);
        this.timeOfDay = formatted(ClockCells.TIME_FORMAT);
    }

    CellStyle title() {
        return title;
    }

    CellStyle header() {
        return header;
    }

    /** Bold, unwrapped: a line of the workbook's own words above a table or a paragraph. */
    CellStyle section() {
        return section;
    }

    CellStyle text() {
        return text;
    }

    /** Long texts (definitions, rules): wrapped in their column. */
    CellStyle wrapped() {
        return wrapped;
    }

    /** Any text that came from a respondent or a staff member's free input. */
    CellStyle answerText() {
        return answerText;
    }

    /** {@link #answerText()} wrapped in its column: long texts people wrote (goals, definitions, paste texts). */
    CellStyle wrappedAnswerText() {
        return wrappedAnswerText;
    }

    CellStyle link() {
        return link;
    }

    CellStyle count() {
        return count;
    }

    CellStyle date() {
        return date;
    }

    CellStyle dateTime() {
        return dateTime;
    }

    CellStyle timeOfDay() {
        return timeOfDay;
    }

    /** A decimal number with exactly {@code places} decimals (0 gives {@code #,##0}). */
    CellStyle decimal(int places) {
        return decimals.computeIfAbsent(places, p -> p == 0 ? count : formatted("#,##0." + "0".repeat(p)));
    }

    /**
     * A change with its sign and {@code places} decimals: +0.6, −0.6 (the minus sign, not a hyphen) and 0.0. The cell
     * stays a number, so a funder can still compute with it.
     */
    CellStyle signed(int places) {
        return signed.computeIfAbsent(places, p -> formatted(signedFormat(p)));
    }

    static String signedFormat(int places) {
        String number = places == 0 ? "#,##0" : "#,##0." + "0".repeat(places);
        return "+" + number + ";\"\u2212\"" + number + ";" + (places == 0 ? "0" : "0." + "0".repeat(places));
    }

    /** A share 0–1 shown as a percentage with {@code places} decimals, e.g. 0.56 → 56.0 %. */
    CellStyle percent(int places) {
        return percents.computeIfAbsent(places, p -> formatted(p == 0 ? "0%" : "0." + "0".repeat(p) + "%"));
    }

    /** Right-aligned with one character of indent, so a number never touches the text in the next column. */
    private CellStyle formatted(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setAlignment(HorizontalAlignment.RIGHT);
        style.setIndention((short) 1);
        return style;
    }

    /** Top-aligned, like every style here: a row grown for wrapped text reads from its top line. */
    private CellStyle style(Font font) {
        CellStyle style = workbook.createCellStyle();
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (font != null) {
            style.setFont(font);
        }
        return style;
    }

    private Font font(boolean bold, int points, boolean underline) {
        Font font = workbook.createFont();
        font.setBold(bold);
        font.setFontHeightInPoints((short) points);
        if (underline) {
            font.setUnderline(Font.U_SINGLE);
            font.setColor(IndexedColors.BLUE.getIndex());
        }
        return font;
    }
}
