package fi.mittari.questionnaire;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ${key}} in a label or hint: the earlier answer to that question, shown in its place (the same spelling as
 * XLSForm, so imported texts need no rewriting).
 */
public final class AnswerReferences {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{\\s*([^}\\s]*)\\s*}");

    private AnswerReferences() {}

    /** The keys the text refers to, in order of first appearance. */
    public static Set<String> keysIn(String text) {
        Set<String> keys = new LinkedHashSet<>();
        Matcher matcher = REFERENCE.matcher(text);
        while (matcher.find()) {
            keys.add(matcher.group(1));
        }
        return keys;
    }

    /**
     * The text cut at its references, in order: {@code plain} of each stretch between them (never empty) and
     * {@code reference} of each reference's key. The form's script puts answers in while the respondent types.
     */
    public static <T> List<T> pieces(String text, Function<String, T> plain, Function<String, T> reference) {
        List<T> pieces = new ArrayList<>();
        Matcher matcher = REFERENCE.matcher(text);
        int end = 0;
        while (matcher.find()) {
            if (matcher.start() > end) {
                pieces.add(plain.apply(text.substring(end, matcher.start())));
            }
            pieces.add(reference.apply(matcher.group(1)));
            end = matcher.end();
        }
        if (end < text.length()) {
            pieces.add(plain.apply(text.substring(end)));
        }
        return pieces;
    }

    /** The text with every reference replaced by {@code answer} of its key; the result is plain text, not markup. */
    public static String fill(String text, Function<String, String> answer) {
        if (!text.contains("${")) {
            return text;
        }
        return REFERENCE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(answer.apply(match.group(1))));
    }
}
