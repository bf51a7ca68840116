package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.KeySuggestions;
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

    /** Edit distance ignoring case (the one implementation, shared with expression key suggestions). */
    static int distance(String a, String b) {
        return KeySuggestions.editDistance(a.toLowerCase(java.util.Locale.ROOT), b.toLowerCase(java.util.Locale.ROOT));
    }
}
