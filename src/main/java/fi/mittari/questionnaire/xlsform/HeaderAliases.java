package fi.mittari.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The other spellings pyxform accepts for the survey columns Mittari reads: the XForm bind names ({@code
 * bind::relevant}, {@code bind:jr:constraintMsg}) that older forms such as pyxform's own tutorial use, and the
 * friendlier aliases ({@code relevance}, {@code constraint message}). Read as the plain column, so a condition written
 * under another name is translated like any other instead of being dropped with a warning.
 */
final class HeaderAliases {

    /** Lower-cased spelling, "::" between its parts, to the column Mittari reads. From pyxform's aliases. */
    private static final Map<String, String> COLUMNS = Map.ofEntries(
            Map.entry("bind::relevant", "relevant"),
            Map.entry("relevance", "relevant"),
            Map.entry("bind::constraint", "constraint"),
            Map.entry("bind::required", "required"),
            Map.entry("bind::calculate", "calculation"),
            Map.entry("calculate", "calculation"),
            Map.entry("bind::readonly", "read_only"),
            Map.entry("readonly", "read_only"),
            Map.entry("bind::jr:constraintmsg", "constraint_message"),
            Map.entry("jr:constraintmsg", "constraint_message"),
            Map.entry("constraint message", "constraint_message"),
            Map.entry("constraining message", "constraint_message"),
            Map.entry("bind::jr:requiredmsg", "required_message"),
            Map.entry("jr:requiredmsg", "required_message"),
            Map.entry("required message", "required_message"),
            Map.entry("control::appearance", "appearance"),
            Map.entry("control::jr:count", "repeat_count"),
            Map.entry("jr:count", "repeat_count"));

    /** Only these columns take a language after the name. */
    private static final Set<String> TRANSLATED = Set.of("constraint_message", "required_message");

    /** The prefixes whose next part belongs to the name: "bind:relevant" is one column, not relevant in "bind". */
    private static final Set<String> PREFIXES = Set.of("bind", "control");

    private HeaderAliases() {}

    /**
     * The plain column this header spells, with its language after "::" when it has one; empty when the header is no
     * alias, or names a language on a column that has none (then it stays unknown and is reported).
     */
    static Optional<String> column(String header) {
        List<String> parts = parts(header.strip());
        int nameLength = parts.size() > 1 && PREFIXES.contains(parts.get(0).toLowerCase(Locale.ROOT)) ? 2 : 1;
        String name = String.join("::", parts.subList(0, nameLength)).toLowerCase(Locale.ROOT);
        String column = COLUMNS.get(name);
        List<String> rest = parts.subList(nameLength, parts.size());
        if (column == null || rest.size() > 1 || rest.size() == 1 && !TRANSLATED.contains(column)) {
            return Optional.empty();
        }
        return Optional.of(rest.isEmpty() ? column : column + "::" + rest.get(0));
    }

    /**
     * The header split as pyxform splits it: at "::" when it has one, otherwise at each ":" but keeping a "jr:"
     * namespace with the name it prefixes.
     */
    private static List<String> parts(String header) {
        if (header.contains("::")) {
            return Arrays.asList(header.split("\\s*::\\s*", -1));
        }
        List<String> parts = new ArrayList<>();
        String[] pieces = header.split("\\s*:\\s*", -1);
        for (int i = 0; i < pieces.length; i++) {
            boolean namespace = pieces[i].equalsIgnoreCase("jr") && i + 1 < pieces.length;
            parts.add(namespace ? pieces[i] + ":" + pieces[++i] : pieces[i]);
        }
        return parts;
    }
}
