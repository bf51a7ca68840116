package fi.mittari.yaml;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the known property an unknown one was probably meant to be, so typos get a helpful message. */
public final class PropertyNames {

    private static final int MAX_TYPO_DISTANCE = 2;

    private PropertyNames() {}

    /** The closest of {@code known} within two edits of {@code name}; on a tie the first listed wins. */
    public static Optional<String> closest(String name, List<String> known) {
        return known.stream()
                .filter(candidate -> distance(candidate, name) <= MAX_TYPO_DISTANCE)
                .min(Comparator.comparingInt(candidate -> distance(candidate, name)));
    }

    /** Edit distance ignoring case. */
    public static int distance(String a, String b) {
        return editDistance(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT));
    }

    /** Levenshtein distance: insertions, deletions and substitutions (the one implementation in Mittari). */
    public static int editDistance(String first, String second) {
        int[] previous = new int[second.length() + 1];
        int[] current = new int[second.length() + 1];
        for (int j = 0; j <= second.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= first.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= second.length(); j++) {
                int substitution = previous[j - 1] + (first.charAt(i - 1) == second.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[second.length()];
    }
}
