package fi.mittari.report.archive;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Download names that are safe in a Content-Disposition header and on every file system. */
final class FileNames {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    private FileNames() {}

    /** {@code mittari-<code>-<yyyy-MM-dd>.xlsx}: the code reduced to a-z, 0-9, '-' and '_', the day in {@code zone}. */
    static String of(String reportCode, Instant created, ZoneId zone) {
        String code = reportCode.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "-");
        return "mittari-" + (code.isEmpty() ? "report" : code) + "-" + DAY.format(created.atZone(zone)) + ".xlsx";
    }
}
