package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.xlsform.XPathTokenizer.Kind;
import fi.mittari.questionnaire.xlsform.XPathTokenizer.XToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Translates an XLSForm (XPath) expression into Mittari's expression language token by token, keeping the author's
 * spacing. Only constructs with an exact Mittari equivalent are translated; anything else is reported and the whole
 * expression is refused, because a guessed condition would silently change who sees which question.
 */
final class XPathTranslator {

    /**
     * Either the Mittari text or, when empty, the reasons it could not be translated; {@code warnings} say what was
     * read differently from how it is written.
     */
    record Translation(Optional<String> text, List<String> errors, List<String> warnings) {
        Translation {
            errors = List.copyOf(errors);
            warnings = List.copyOf(warnings);
        }
    }

    private static final Map<String, String> FUNCTIONS = Map.ofEntries(
            Map.entry("selected", "selected"),
            Map.entry("count-selected", "count"),
            Map.entry("string-length", "length"),
            Map.entry("today", "today"),
            Map.entry("date", "date"),
            // not ODK's: Mittari writes its time and datetime literals so, and reads them back
            Map.entry("time", "time"),
            Map.entry("datetime", "datetime"),
            Map.entry("not", "not"),
            Map.entry("if", "if"),
            Map.entry("concat", "concat"),
            Map.entry("int", "int"),
            Map.entry("round", "round"),
            Map.entry("now", "now"),
            Map.entry("selected-at", "selected_at"),
            Map.entry("regex", "matches"));

    private static final java.util.Set<String> OPERATOR_NAMES = java.util.Set.of("div", "mod");

    private final Map<String, String> keys;
    private final Map<String, String> renamedValues;
    /** Names of notes without a calculation: XLSForm gives them a value, which is always empty. */
    private final java.util.Set<String> valuelessNotes;
    /** Present in a choice filter: the columns of the question's choices. */
    private final Optional<java.util.Set<String>> choiceColumns;

    /**
     * @param keys every XLSForm question name and the Mittari key it became
     * @param renamedValues choice values that had to be renamed, old to new
     */
    XPathTranslator(Map<String, String> keys, Map<String, String> renamedValues) {
        this(keys, renamedValues, java.util.Set.of());
    }

    /** @param valuelessNotes names of the note rows without a calculation, whose value is always empty text */
    XPathTranslator(Map<String, String> keys, Map<String, String> renamedValues, java.util.Set<String> valuelessNotes) {
        this(keys, renamedValues, valuelessNotes, Optional.empty());
    }

    private XPathTranslator(
            Map<String, String> keys,
            Map<String, String> renamedValues,
            java.util.Set<String> valuelessNotes,
            Optional<java.util.Set<String>> choiceColumns) {
        this.keys = Map.copyOf(keys);
        this.renamedValues = Map.copyOf(renamedValues);
        this.valuelessNotes = java.util.Set.copyOf(valuelessNotes);
        this.choiceColumns = choiceColumns.map(java.util.Set::copyOf);
    }

    /**
     * A translator for a choice_filter, where a bare name is a column of the choices sheet: {@code name} becomes
     * {@code choice('value')} and any other of {@code columns} {@code choice('column')}.
     */
    XPathTranslator forChoiceFilter(java.util.Set<String> columns) {
        return new XPathTranslator(keys, renamedValues, valuelessNotes, Optional.of(columns));
    }

    /** The Mittari key of a survey row's name, for the ${name} references in its texts. */
    Optional<String> key(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    Translation translate(String xpath) {
        List<XToken> tokens = XPathTokenizer.tokenize(xpath);
        List<String> errors = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < tokens.size()) {
            XToken token = tokens.get(i);
            Optional<String> emptiness = emptinessTest(tokens, i, errors);
            if (emptiness.isPresent()) {
                out.append(token.space()).append(emptiness.get());
                i += 3;
                continue;
            }
            out.append(token.space());
            i = translate(tokens, i, out, errors);
        }
        if (tokens.isEmpty()) {
            errors.add("the expression is empty");
        }
        typographicQuotes(tokens).ifPresent(warnings::add);
        valuelessNoteReferences(tokens).ifPresent(warnings::add);
        return new Translation(errors.isEmpty() ? Optional.of(out.toString()) : Optional.empty(), errors, warnings);
    }

    // A spreadsheet program turns the straight quotes people type into typographic ones, which XPath does not know;
    // the author meant a text, so it is read as one, and said so.
    private static Optional<String> typographicQuotes(List<XToken> tokens) {
        List<String> texts = tokens.stream()
                .filter(XToken::typographic)
                .map(token -> "'" + token.text() + "'")
                .toList();
        return texts.isEmpty()
                ? Optional.empty()
                : Optional.of("typographic quotes (‘ ’ “ ”) were read as straight quotes: " + String.join(", ", texts));
    }

    private Optional<String> valuelessNoteReferences(List<XToken> tokens) {
        List<String> notes = tokens.stream()
                .filter(token -> token.kind() == Kind.REFERENCE && valuelessNotes.contains(token.text()))
                .map(token -> "${" + token.text() + "}")
                .distinct()
                .toList();
        return notes.isEmpty()
                ? Optional.empty()
                : Optional.of(String.join(", ", notes) + (notes.size() == 1 ? " is a note" : " are notes")
                        + " without a calculation, whose value is always empty: read as ''");
    }

    /** {@code ${x} = ''} means "unanswered" in XLSForm; Mittari says so with empty(x) and answered(x). */
    private Optional<String> emptinessTest(List<XToken> tokens, int i, List<String> errors) {
        if (i + 2 >= tokens.size()) {
            return Optional.empty();
        }
        XToken operator = tokens.get(i + 1);
        if (!operator.is(Kind.OPERATOR, "=") && !operator.is(Kind.OPERATOR, "!=")) {
            return Optional.empty();
        }
        XToken question = tokens.get(i);
        XToken other = tokens.get(i + 2);
        if (question.kind() == Kind.TEXT && question.text().isEmpty()) {
            XToken swap = question;
            question = other;
            other = swap;
        }
        boolean isQuestion = question.kind() == Kind.REFERENCE && !valuelessNotes.contains(question.text())
                || question.kind() == Kind.DOT;
        if (!isQuestion || other.kind() != Kind.TEXT || !other.text().isEmpty()) {
            return Optional.empty();
        }
        String subject = question.kind() == Kind.DOT ? "." : key(question.text(), errors);
        return Optional.of((operator.text().equals("=") ? "empty(" : "answered(") + subject + ")");
    }

    /** Appends the translation of the token at {@code i} and returns the index of the next untranslated token. */
    private int translate(List<XToken> tokens, int i, StringBuilder out, List<String> errors) {
        XToken token = tokens.get(i);
        switch (token.kind()) {
            case REFERENCE:
                out.append(valuelessNotes.contains(token.text()) ? "''" : key(token.text(), errors));
                return i + 1;
            case TEXT:
                checkChoiceValue(token.text(), errors);
                out.append(quote(token.text()));
                return i + 1;
            case NAME:
                return name(tokens, i, out, errors);
            case UNSUPPORTED:
                errors.add("'" + token.text() + "' is not supported in Mittari expressions");
                return i + 1;
            default:
                out.append(token.text());
                return i + 1;
        }
    }

    private int name(List<XToken> tokens, int i, StringBuilder out, List<String> errors) {
        String name = tokens.get(i).text();
        // XPath has no and(), or(), div() or mod(): after an operand, "15 div (x)" is the operator before a parenthesis
        boolean call = i + 1 < tokens.size()
                && tokens.get(i + 1).kind() == Kind.LEFT_PAREN
                && !(OPERATOR_NAMES.contains(name) && i > 0 && isOperand(tokens.get(i - 1)));
        if (name.equals("and") || name.equals("or")) {
            out.append(name);
        } else if (!call && name.equals("div")) {
            out.append('/');
        } else if (!call && name.equals("mod")) {
            errors.add("'mod' (remainder) is not supported in Mittari expressions");
        } else if (call
                && (name.equals("true") || name.equals("false"))
                && i + 2 < tokens.size()
                && tokens.get(i + 2).kind() == Kind.RIGHT_PAREN) {
            out.append(name);
            return i + 3;
        } else if (call && FUNCTIONS.containsKey(name)) {
            out.append(FUNCTIONS.get(name));
        } else if (call) {
            errors.add("function '" + name + "()' has no Mittari equivalent");
        } else if (choiceColumns.isPresent()
                && (name.equals("name") || choiceColumns.get().contains(name))) {
            out.append("choice('").append(name.equals("name") ? "value" : name).append("')");
        } else if (choiceColumns.isPresent() && name.equals("label")) {
            errors.add("a filter over the choices' labels is not supported; filter on a column of the choices sheet");
        } else if (choiceColumns.isPresent()) {
            java.util.Set<String> columns = new java.util.TreeSet<>(choiceColumns.get());
            columns.add("name");
            errors.add("'" + name + "' is not a column of this question's choices (columns: "
                    + String.join(", ", columns) + "); to compare with the text, write '" + name + "' in quotes");
        } else {
            errors.add("'" + name + "' is not supported in Mittari expressions; refer to questions as ${name}");
        }
        return i + 1;
    }

    private static boolean isOperand(XToken token) {
        return switch (token.kind()) {
            case REFERENCE, DOT, NUMBER, TEXT, RIGHT_PAREN -> true;
            default -> false;
        };
    }

    private String key(String name, List<String> errors) {
        String key = keys.get(name);
        if (key == null) {
            errors.add("${" + name + "} is not a question in the survey sheet");
            return name;
        }
        return key;
    }

    private void checkChoiceValue(String value, List<String> errors) {
        String renamed = renamedValues.get(value);
        if (renamed != null) {
            errors.add("compares with choice value '" + value + "', which had to be renamed to '" + renamed
                    + "'; rename it in the choices sheet and here");
        }
    }

    private static String quote(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
