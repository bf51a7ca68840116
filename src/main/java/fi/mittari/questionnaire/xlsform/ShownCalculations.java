package fi.mittari.questionnaire.xlsform;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * In XLSForm a note (or a read-only row) with a calculation shows the calculated value, and its name stands for that
 * value. Mittari calculates only in calculate questions and shows values in texts, so such a row becomes a calculate
 * question under the row's key, so that references to the name keep meaning the value, and, when it has a label, a
 * note after it whose label ends with the value. A note without a calculation has a value too, always empty.
 */
final class ShownCalculations {

    private static final int LONGEST_KEY = 64;
    private static final String SUFFIX = "_note";

    private final Map<String, String> keys;
    /** Keys made up for notes, so that two such rows never share one. */
    private final Set<String> madeUp = new HashSet<>();

    /** @param keys every survey row's name and its key, which a made-up key must not repeat */
    ShownCalculations(Map<String, String> keys) {
        this.keys = keys;
    }

    /** The names of the note rows without a calculation, whose value is always empty. */
    static Set<String> valuelessNotes(List<SurveyRow> rows) {
        Set<String> names = new HashSet<>();
        rows.stream()
                .filter(row -> TypeSpellings.word(row).equals("note") && row.has("name") && !row.has("calculation"))
                .forEach(row -> names.add(row.value("name")));
        return names;
    }

    /**
     * The names of the hidden rows without a calculation and their values: the default when it is a plain text, else
     * the empty text. Such a row is a value that an app running the form fills in; in a web form nothing does, so
     * it keeps its default. A default that is worked out (with {@code ${…}} or a function) is not such a value.
     */
    static Map<String, String> hiddenValues(List<SurveyRow> rows) {
        Map<String, String> values = new LinkedHashMap<>();
        rows.stream()
                .filter(row -> TypeSpellings.word(row).equals("hidden") && row.has("name") && !row.has("calculation"))
                .filter(row -> !row.value("default").contains("${")
                        && !row.value("default").contains("("))
                .forEach(row -> values.put(row.value("name"), row.value("default")));
        return values;
    }

    /** The note that shows {@code calculate}'s value after its label (and hint, and under its condition). */
    Map<String, Object> note(Map<String, Object> calculate) {
        String key = String.valueOf(calculate.get("key"));
        Map<String, Object> note = new LinkedHashMap<>();
        note.put("key", noteKey(key));
        note.put("type", "note");
        Map<String, Object> label = new LinkedHashMap<>();
        ((Map<?, ?>) calculate.get("label"))
                .forEach((language, text) -> label.put(String.valueOf(language), text + " ${" + key + "}"));
        note.put("label", label);
        // copied, so that the YAML does not write the one map twice, as an anchor and an alias
        Optional.ofNullable(calculate.get("hint"))
                .ifPresent(hint -> note.put("hint", new LinkedHashMap<>((Map<?, ?>) hint)));
        Optional.ofNullable(calculate.get("relevant")).ifPresent(relevant -> note.put("relevant", relevant));
        return note;
    }

    /** {@code <key>_note}, numbered when a survey row already has that key; within the length of a key. */
    private String noteKey(String key) {
        int room = LONGEST_KEY - SUFFIX.length() - 4;
        String base = key.length() > room ? key.substring(0, room) : key;
        String candidate = base + SUFFIX;
        for (int n = 2; keys.containsValue(candidate) || madeUp.contains(candidate); n++) {
            candidate = base + SUFFIX + "_" + n;
        }
        madeUp.add(candidate);
        return candidate;
    }
}
