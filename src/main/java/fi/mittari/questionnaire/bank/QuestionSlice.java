package fi.mittari.questionnaire.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One question's own lines cut out of a questionnaire text, as a mapping of its own: the block list item that starts
 * with {@code - key: <key>} (not a page's) and every line indented under it, comments included, moved left to column
 * 0. The shipped
 * questionnaires write questions as block items, so the text is the author's, not a re-serialisation.
 */
final class QuestionSlice {

    private QuestionSlice() {}

    static Optional<String> of(String yaml, String key) {
        Pattern start = Pattern.compile("^( *)- key: ['\"]?" + Pattern.quote(key) + "['\"]?\\s*(#.*)?$");
        String[] lines = yaml.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            var found = start.matcher(lines[i]);
            if (found.matches()) {
                String cut = cut(lines, i, found.group(1).length());
                // A page may have the key of one of its questions: a page is the item that holds questions.
                if (!cut.contains("\nquestions:")) {
                    return Optional.of(cut);
                }
            }
        }
        return Optional.empty();
    }

    /** From the item at {@code first} (its dash at {@code dash}) to the last line indented deeper than the dash. */
    private static String cut(String[] lines, int first, int dash) {
        List<String> own = new ArrayList<>();
        own.add(lines[first].substring(dash + 2));
        int end = first + 1;
        while (end < lines.length && (lines[end].isBlank() || indent(lines[end]) > dash)) {
            end++;
        }
        while (end > first + 1 && lines[end - 1].isBlank()) {
            end--;
        }
        for (int i = first + 1; i < end; i++) {
            String line = lines[i];
            own.add(line.isBlank() ? "" : line.substring(Math.min(dash + 2, indent(line))));
        }
        return String.join("\n", own) + "\n";
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }
}
