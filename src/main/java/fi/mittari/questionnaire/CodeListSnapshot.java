package fi.mittari.questionnaire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The code lists (regions, sectors, event types) as they are at one moment, by list name, each entry in the list's
 * order and retired entries included. A questionnaire read with a snapshot takes the choices of {@code choicesFrom}
 * questions from it; two snapshots are equal when no entry was added, renamed, reordered or retired in between.
 */
public record CodeListSnapshot(Map<String, List<ListedCode>> lists) {

    /** No code lists at all: where no database is at hand, {@code choicesFrom} is refused. */
    public static final CodeListSnapshot NONE = new CodeListSnapshot(Map.of());

    public CodeListSnapshot {
        Map<String, List<ListedCode>> copy = new LinkedHashMap<>();
        lists.forEach((name, entries) -> copy.put(name, List.copyOf(entries)));
        lists = Collections.unmodifiableMap(copy);
    }

    /** Every entry of the list, retired ones too, in order; empty when there is no list of that name. */
    public Optional<List<ListedCode>> entries(String list) {
        return Optional.ofNullable(lists.get(list));
    }

    public List<String> names() {
        return List.copyOf(lists.keySet());
    }
}
