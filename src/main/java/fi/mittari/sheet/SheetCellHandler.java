package fi.mittari.sheet;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * One worksheet's XML ({@code <row r="2"><c r="A2" t="s" s="1"><f>…</f><v>…</v></c></row>}) turned into rows of text
 * as they are met, each handed to the {@link RowCollector}; when it has enough, {@link LimitReached} ends the parse.
 * Numbers in plain decimal (9, not "9.0"; no locale's separators), dates, times and date-times as ISO text
 * (yyyy-mm-dd, hh:mm, yyyy-mm-ddThh:mm), text as typed. A formula
 * cell is refused rather than trusted for its cached result (docs/adr/0010), so what is stored is exactly what a
 * person can see was entered; text that merely looks like a formula ({@code =1+1}) is read as the text it is.
 */
final class SheetCellHandler extends DefaultHandler {

    /** Thrown to stop parsing: the rest of the sheet is never read. */
    static final class LimitReached extends SAXException {
        private static final long serialVersionUID = 1L;

        LimitReached() {
            super("the row limit was reached");
        }
    }

    /** Literal text ("klo"), locale and colour codes ([$-40B], [Red]), escaped characters: not date parts. */
    private static final Pattern QUOTED_OR_BRACKETED = Pattern.compile("\"[^\"]*\"|\\[[^\\]]*]|\\\\.");

    private final SharedStrings strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final RowCollector rows;

    private int rowNumber;
    private List<String> cells = new ArrayList<>();
    private Map<Integer, String> unreadable = new HashMap<>();
    private int column;
    private String type = "n";
    private int style;
    private boolean formula;
    private boolean collecting;
    private boolean phonetic;
    private final StringBuilder value = new StringBuilder();

    SheetCellHandler(SharedStrings strings, StylesTable styles, boolean date1904, RowCollector rows) {
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
        this.rows = rows;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> {
                String r = attributes.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new ArrayList<>();
                unreadable = new HashMap<>();
            }
            case "c" -> {
                String r = attributes.getValue("r");
                column = r == null ? cells.size() : new CellReference(r).getCol();
                String t = attributes.getValue("t");
                type = t == null ? "n" : t;
                String s = attributes.getValue("s");
                style = s == null ? 0 : Integer.parseInt(s);
                formula = false;
                value.setLength(0);
            }
            case "f" -> formula = true;
                // <v> holds a value; <t> the text of an inline string (in <is>, perhaps in several runs)
            case "v", "t" -> collecting = !phonetic;
                // a phonetic reading (furigana) is not part of the text
            case "rPh" -> phonetic = true;
            default -> {
                // other elements (sheet properties, merged cells, <is>, <r>) carry no cell value
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            value.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "rPh" -> phonetic = false;
            case "c" -> cell();
            case "row" -> {
                if (!rows.add(rowNumber, cells, unreadable)) {
                    throw new LimitReached();
                }
            }
            default -> {
                // nothing to finish
            }
        }
    }

    private void cell() {
        while (cells.size() <= column) {
            cells.add("");
        }
        if (formula) {
            unreadable.put(column, XlsxSheetReader.FORMULA);
        } else if (type.equals("e")) {
            unreadable.put(column, XlsxSheetReader.ERROR_VALUE);
        } else {
            cells.set(column, text(value.toString()));
        }
    }

    private String text(String raw) {
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> raw.strip().equals("1") ? "TRUE" : "FALSE";
            case "n" -> raw.isBlank() ? "" : number(Double.parseDouble(raw));
                // inlineStr, str (a formula's text, refused above) and d (an ISO date) are the text they hold
            default -> raw;
        };
    }

    private String number(double number) {
        XSSFCellStyle cellStyle =
                styles == null || style >= styles.getNumCellStyles() ? null : styles.getStyleAt(style);
        if (cellStyle != null
                && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                && DateUtil.isValidExcelDate(number)) {
            return clock(number, cellStyle.getDataFormatString());
        }
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /**
     * A date, time or date-time cell as ISO text: "2025-03-14", "09:30" or "2025-03-14T09:30". Excel keeps a time of
     * day as the fraction of a day, on day 0 (no real date), so a cell below 1, or one whose format shows no day,
     * month or year, is a time of day; otherwise a cell with a time on it is a date-time. Rounded to the second: a
     * typed 9:30 is stored as 0.395833…, which is 09:29:59.99… otherwise.
     */
    private String clock(double number, String format) {
        LocalDateTime value = DateUtil.getLocalDateTime(number, date1904, true);
        if (number < 1 || !showsADay(format)) {
            return value.toLocalTime().toString();
        }
        return value.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? value.toLocalDate().toString()
                : value.toString();
    }

    /** Whether a date format shows a year or a day ("m" alone may be minutes, "[h]" an elapsed time). */
    static boolean showsADay(String format) {
        String shown = QUOTED_OR_BRACKETED.matcher(format).replaceAll("").toLowerCase(Locale.ROOT);
        return shown.contains("y") || shown.contains("d");
    }
}
