package fi.mittari.questionnaire.expression;

import fi.mittari.yaml.PropertyNames;
import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** Finds the closest known name to a misspelt one, for "did you mean" hints (also used for property names). */
public final class KeySuggestions {

    static final int MAX_DISTANCE = 2;

    private KeySuggestions() {}

    /** The closest candidate within {@link #MAX_DISTANCE} edits; ties go to the alphabetically first. */
    static Optional<String> closest(String misspelt, Collection<String> candidates) {
        return candidates.stream()
                .filter(candidate -> editDistance(misspelt, candidate) <= MAX_DISTANCE)
                .min(Comparator.<String>comparingInt(candidate -> editDistance(misspelt, candidate))
                        .thenComparing(Comparator.naturalOrder()));
    }

    public static String didYouMean(String misspelt, Collection<String> candidates) {
        return closest(misspelt, candidates)
                .map(found -> "; did you mean '" + found + "'?")
                .orElse("");
    }

    /** Levenshtein distance: insertions, deletions and substitutions. */
    public static int editDistance(String first, String second) {
        return PropertyNames.editDistance(first, second);
    }
}
