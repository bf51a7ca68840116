package fi.mittari.questionnaire;

import java.util.LinkedHashSet;
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

    /** The text with every reference replaced by {@code answer} of its key; the result is plain text, not markup. */
    public static String fill(String text, Function<String, String> answer) {
        if (!text.contains("${")) {
            return text;
        }
        return REFERENCE.matcher(text).replaceAll(match -> Matcher.quoteReplacement(answer.apply(match.group(1))));
    }
}
