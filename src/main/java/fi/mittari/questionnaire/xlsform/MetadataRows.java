package fi.mittari.questionnaire.xlsform;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metadata rows of the survey sheet (start, end, today, deviceid…), which ODK Collect fills in without asking, and
 * whether a cell refers to one with {@code ${name}}. Only a moment has a value in Mittari, and only a referred one
 * becomes a question: an ordinary form lists start and end out of habit, and should not gain stored columns for it.
 */
final class MetadataRows {

    /** The metadata Mittari can work out itself, and how: the server's clock when it works the calculation out. */
    private static final Map<String, String> MOMENTS = Map.of("start", "now()", "end", "now()", "today", "today()");

    /** The metadata that comes from the device or its user, which a web form does not have. */
    private static final Set<String> UNCOLLECTED = Set.of(
            "deviceid",
            "subscriberid",
            "simserial",
            "phonenumber",
            "username",
            "email",
            "audit",
            "imei",
            "uri:deviceid",
            "start-geopoint");

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{\\s*([^}\\s]+)\\s*}");

    /** Metadata rows' names and their types. */
    private final Map<String, String> types;

    private final Set<String> referred;

    private MetadataRows(Map<String, String> types, Set<String> referred) {
        this.types = Map.copyOf(types);
        this.referred = Set.copyOf(referred);
    }

    /** Whether a row of this type (as written, lowercase) is metadata, which ODK Collect fills in without asking. */
    static boolean isMetadata(String type) {
        return MOMENTS.containsKey(type) || UNCOLLECTED.contains(type);
    }

    /** The metadata rows of {@code survey}, and which of them a cell of the survey or {@code choices} refers to. */
    static MetadataRows of(SheetTable survey, SheetTable choices) {
        Map<String, String> types = new HashMap<>();
        for (SheetTable.TableRow row : survey.rows()) {
            String type = survey.value(row, "type").strip().toLowerCase(Locale.ROOT);
            String name = survey.value(row, "name").strip();
            if (!name.isEmpty() && isMetadata(type)) {
                types.put(name, type);
            }
        }
        Set<String> referred = new HashSet<>();
        for (SheetTable sheet : List.of(survey, choices)) {
            int nameColumn = sheet.column("name").orElse(-1);
            for (SheetTable.TableRow row : sheet.rows()) {
                for (int column = 0; column < row.cells().size(); column++) {
                    Matcher reference = REFERENCE.matcher(column == nameColumn ? "" : row.get(column));
                    while (reference.find()) {
                        referred.add(reference.group(1));
                    }
                }
            }
        }
        referred.retainAll(types.keySet());
        return new MetadataRows(types, referred);
    }

    static MetadataRows none() {
        return new MetadataRows(Map.of(), Set.of());
    }

    /**
     * The calculation a start, end or today row becomes when a cell refers to it; empty for any other row, and for
     * one nobody refers to, which stays ignored.
     */
    Optional<String> calculation(String name) {
        return Optional.ofNullable(types.get(name))
                .filter(type -> referred.contains(name))
                .map(MOMENTS::get);
    }

    /** The type of the metadata row of this name when Mittari has no value for it (deviceid, username…). */
    Optional<String> uncollected(String name) {
        return Optional.ofNullable(types.get(name)).filter(UNCOLLECTED::contains);
    }
}
