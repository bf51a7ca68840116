package fi.mittari.questionnaire;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the known property an unknown one was probably meant to be, so typos get a helpful message. */
final class PropertyNames {

    private static final int MAX_TYPO_DISTANCE = 2;

    private PropertyNames() {}

    /** The closest of {@code known} within two edits of {@code name}; on a tie the first listed wins. */
    static Optional<String> closest(String name, List<String> known) {
        return known.stream()
                .filter(candidate -> distance(candidate, name) <= MAX_TYPO_DISTANCE)
                .min(Comparator.comparingInt(candidate -> distance(candidate, name)));
    }

    /** Levenshtein distance, ignoring case; property names are short, so the quadratic table is no concern. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        int[][] d = new int[x.length() + 1][y.length() + 1];
        for (int i = 0; i <= x.length(); i++) {
            for (int j = 0; j <= y.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                } else {
                    int substitution = d[i - 1][j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
                    d[i][j] = Math.min(substitution, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                }
            }
        }
        return d[x.length()][y.length()];
    }
}
