package fi.mittari.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A name written twice in one choice list. pyxform refuses that unless the settings sheet says
 * {@code allow_choice_duplicates}, which cascading selects use for a name under two parents (King county in Washington
 * and in Texas). Mittari keeps one value per choice, so the repeat is read as the respondent would see it: with the
 * same label it is the same choice, kept once and offered wherever the choice filter keeps either row, stored with the
 * same value as in ODK; with another label it is another choice, stored under a value of its own.
 */
final class ChoiceRepeats {

    /** What becomes of a choice row: one of the cases, each told to {@link Cases}. */
    sealed interface Placement {
        void to(Cases cases);

        /** A choice of its own, stored as {@code value}. */
        record Own(String value) implements Placement {
            @Override
            public void to(Cases cases) {
                cases.own(value);
            }
        }

        /** Another choice under the name of the one on {@code line}, so stored as {@code value}, a value of its own. */
        record Renamed(String value, int line) implements Placement {
            @Override
            public void to(Cases cases) {
                cases.renamed(value, line);
            }
        }

        /** The same choice as an earlier row, whose label it repeats; its columns are another row of it. */
        record Merged(Map<String, Object> choice, int line) implements Placement {
            @Override
            public void to(Cases cases) {
                cases.merged(choice, line);
            }
        }

        /** A repeat the settings do not allow; the earlier row is on {@code line}. */
        record Refused(int line) implements Placement {
            @Override
            public void to(Cases cases) {
                cases.refused(line);
            }
        }
    }

    /** What to do in each case of {@link Placement}; a new case fails to compile until every reader handles it. */
    interface Cases {
        void own(String value);

        void renamed(String value, int line);

        void merged(Map<String, Object> choice, int line);

        void refused(int line);
    }

    private record Seen(Map<String, Object> choice, int line) {}

    private final boolean allowed;
    private final Map<String, Map<String, Seen>> seen = new HashMap<>();
    private final Map<String, Set<String>> values = new HashMap<>();
    /** By merged choice ({@link #identity}): the columns of its later rows, for the choice filter. */
    private final Map<List<Object>, List<Map<String, String>>> otherRows = new HashMap<>();

    ChoiceRepeats(boolean allowed) {
        this.allowed = allowed;
    }

    /** Where the row's choice goes; {@code label} is its label by language, as the YAML writes it. */
    Placement place(String list, String value, Object label) {
        Seen earlier = seen.getOrDefault(list, Map.of()).get(value);
        if (earlier == null) {
            return new Placement.Own(value);
        }
        if (!allowed) {
            return new Placement.Refused(earlier.line());
        }
        if (earlier.choice().get("label").equals(label)) {
            return new Placement.Merged(earlier.choice(), earlier.line());
        }
        Set<String> taken = values.get(list);
        int n = 2;
        while (taken.contains(value + "_" + n)) {
            n++;
        }
        return new Placement.Renamed(value + "_" + n, earlier.line());
    }

    /** Records a choice kept in the list, complete, from the sheet's {@code line}. */
    void kept(String list, Map<String, Object> choice, int line) {
        String value = (String) choice.get("value");
        seen.computeIfAbsent(list, l -> new HashMap<>()).putIfAbsent(value, new Seen(choice, line));
        values.computeIfAbsent(list, l -> new HashSet<>()).add(value);
    }

    /** Records the columns of a later row of a merged choice. */
    void merged(Map<String, Object> choice, Map<String, String> attributes) {
        List<Map<String, String>> rows = otherRows.computeIfAbsent(identity(choice), c -> new ArrayList<>());
        if (!attributes.equals(choice.getOrDefault("attributes", Map.of())) && !rows.contains(attributes)) {
            rows.add(Map.copyOf(attributes));
        }
    }

    /** The columns of the later rows merged into this choice that differ from its own; empty for most choices. */
    List<Map<String, String>> otherRows(Map<String, Object> choice) {
        return otherRows.getOrDefault(identity(choice), List.of());
    }

    // What the sheet said of the choice; the converter may add properties of its own to the map later
    private static List<Object> identity(Map<String, Object> choice) {
        return List.of(choice.get("value"), choice.get("label"), choice.getOrDefault("attributes", Map.of()));
    }
}
