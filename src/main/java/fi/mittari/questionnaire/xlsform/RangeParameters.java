package fi.mittari.questionnaire.xlsform;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Reads a range row's {@code parameters} ("start=0 end=10 step=1") as a Mittari rating scale. */
final class RangeParameters {

    private static final int MOST_POINTS = 21;

    private RangeParameters() {}

    /** The rating's min and max, or empty (with an error on the row) when the range is not a whole-number scale. */
    static Optional<Map<String, Object>> read(SurveyRow row) {
        // pyxform's defaults when a parameter is absent.
        Map<String, String> given = new LinkedHashMap<>(Map.of("start", "1", "end", "10", "step", "1"));
        for (String part : row.value("parameters").split("[\\s;,]+")) {
            String[] pair = part.split("=", 2);
            if (part.isBlank()) {
                continue;
            }
            String name = pair[0].strip().toLowerCase(Locale.ROOT);
            if (pair.length != 2 || !given.containsKey(name)) {
                row.error("parameters", "range parameter '" + part + "' is not start=, end= or step=");
                return Optional.empty();
            }
            given.put(name, pair[1].strip());
        }
        try {
            int start = Integer.parseInt(given.get("start"));
            int end = Integer.parseInt(given.get("end"));
            int step = Integer.parseInt(given.get("step"));
            if (step != 1 || start >= end || end - start + 1 > MOST_POINTS) {
                row.error(
                        "parameters",
                        "range '" + row.value("parameters") + "' cannot be a rating: a rating steps"
                                + " by 1 from a lower start to a higher end with at most " + MOST_POINTS + " points");
                return Optional.empty();
            }
            Map<String, Object> scale = new LinkedHashMap<>();
            scale.put("min", start);
            scale.put("max", end);
            return Optional.of(scale);
        } catch (NumberFormatException notWhole) {
            row.error(
                    "parameters",
                    "range '" + row.value("parameters") + "' cannot be a rating: start, end and step"
                            + " must be whole numbers");
            return Optional.empty();
        }
    }
}
