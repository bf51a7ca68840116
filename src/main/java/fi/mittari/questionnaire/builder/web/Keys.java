package fi.mittari.questionnaire.builder.web;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Keys for new questions and pages: what the user typed when it is a valid key, else one made from the label, so that
 * "Löysitkö uusia kumppaneita?" becomes {@code loysitko_uusia_kumppaneita}. Keys are lowercase letters, digits and
 * underscores, starting with a letter (surveys/README.md).
 */
final class Keys {

    static final int MAX_LENGTH = 40;
    static final Pattern QUESTION_KEY = Pattern.compile("[a-z][a-z0-9_]*");
    static final Pattern QUESTIONNAIRE_KEY = Pattern.compile("[a-z][a-z0-9_-]*");

    private Keys() {}

    static String fromLabel(String label, String fallback) {
        String plain = Normalizer.normalize(label, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_+|_+$", "");
        return clean(plain, fallback);
    }

    /** A valid key: a key as given, else a shortened one starting with a letter, else {@code fallback}. */
    static String clean(String key, String fallback) {
        String candidate = key.strip();
        if (candidate.length() > MAX_LENGTH) {
            candidate = candidate.substring(0, MAX_LENGTH).replaceAll("_+$", "");
        }
        return QUESTION_KEY.matcher(candidate).matches() ? candidate : fallback;
    }
}
