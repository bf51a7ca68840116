package fi.mittari.sheet;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Dates, times of day and datetimes stored as ISO text ("2026-12-03", "09:30", "2026-12-03T09:30"; ADR 0043) as the
 * numbers a spreadsheet keeps them as: days since 1900, and a time as the fraction of a day. A workbook meant for
 * analysis writes them so, with these formats, and they sort, filter and subtract as dates and times; CSV keeps the
 * ISO text. Text that is no such value (an unsent answer saved as typed, the month anonymised data shows) has no
 * number and stays text.
 */
public final class ClockCells {

    /** As a Finn writes a date: 3.12.2026. */
    public static final String DATE_FORMAT = "d.m.yyyy";

    public static final String TIME_FORMAT = "hh:mm";

    public static final String DATE_TIME_FORMAT = DATE_FORMAT + " " + TIME_FORMAT;

    private static final double SECONDS_A_DAY = 24 * 60 * 60;

    private ClockCells() {}

    public static Optional<Double> day(String iso) {
        return read(iso, text -> DateUtil.getExcelDate(LocalDate.parse(text)));
    }

    public static Optional<Double> time(String iso) {
        return read(iso, text -> LocalTime.parse(text).toSecondOfDay() / SECONDS_A_DAY);
    }

    public static Optional<Double> dateTime(String iso) {
        return read(iso, text -> DateUtil.getExcelDate(LocalDateTime.parse(text)));
    }

    private static Optional<Double> read(String iso, Function<String, Double> serial) {
        try {
            double number = serial.apply(iso);
            // before 1900 Excel has no date: getExcelDate says so with -1
            return number < 0 ? Optional.empty() : Optional.of(number);
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
