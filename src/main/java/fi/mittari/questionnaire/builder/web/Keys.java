package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.web.DesignerPages.Message;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
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

    /**
     * Why a key typed for a new question cannot be used, as a message for its field; empty when it can. A typed key is
     * refused rather than repaired: answers are stored under it, so it is the one the user chose or none.
     */
    static Optional<Message> problem(String key, QuestionnaireDocument document) {
        if (!key.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) {
            return Optional.of(BuilderPages.message("builder.error.questionKeyChars"));
        }
        if (!QUESTION_KEY.matcher(key).matches()) {
            return Optional.of(BuilderPages.message("builder.error.questionKeyStart"));
        }
        if (key.length() > MAX_LENGTH) {
            return Optional.of(BuilderPages.message("builder.error.questionKeyLength", MAX_LENGTH));
        }
        if (!document.uniqueKey(key).equals(key)) {
            return Optional.of(BuilderPages.message("builder.error.questionKeyTaken", key));
        }
        return Optional.empty();
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
