package fi.mittari.report.definition;

import java.util.Map;

/**
 * A report definition with where its values were written, so that checks made after reading (codes unique across
 * files, indicators and breakdowns known to the indicator catalog) can point at the line to fix.
 *
 * @param path the entry's path in its file, e.g. {@code reports[1]}
 * @param places where each value stands, by its path inside the entry: {@code code}, {@code indicators[2]},
 *     {@code breakdowns[0]}, {@code employment.rate}
 */
public record LocatedReport(ReportDefinition definition, String path, Map<String, Place> places) {

    public LocatedReport {
        places = Map.copyOf(places);
        if (!places.containsKey("code")) {
            throw new IllegalArgumentException("a located report knows where its code is");
        }
    }

    /** A 1-based line and column. */
    public record Place(int line, int column) {}

    /** Where the value at {@code entryPath} was written, or the entry's code when that path was not recorded. */
    public Place at(String entryPath) {
        return places.getOrDefault(entryPath, places.get("code"));
    }

    /** The full path of a value inside the entry, as problems name it. */
    public String pathOf(String entryPath) {
        return path + "." + entryPath;
    }
}
