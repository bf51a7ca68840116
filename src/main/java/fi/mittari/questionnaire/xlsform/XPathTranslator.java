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
    /** Present in a choice filter: how its bare names read. */
    private final Optional<ChoiceFilterNames> choiceNames;
    /** What the choices sheet tells a choice filter. */
    private final ChoiceFilterSource choiceSource;
    /** The metadata rows, for a reference to one Mittari has no value for. */
    private final MetadataRows metadata;
    /** Why a reference to a name cannot be followed, for a name written on more than one row. */
    private final java.util.function.Function<String, Optional<String>> ambiguity;
    /** Hidden rows without a calculation, whose value is their default (or empty) as nothing else fills them in. */
    private final Map<String, String> hiddenValues;

    /**
     * @param keys every XLSForm question name and the Mittari key it became
     * @param renamedValues choice values that had to be renamed, old to new
     */
    XPathTranslator(Map<String, String> keys, Map<String, String> renamedValues) {
        this(keys, renamedValues, java.util.Set.of(), ChoiceFilterSource.none());
    }

    /**
     * @param valuelessNotes names of the note rows without a calculation, whose value is always empty text
     * @param choiceSource what the choices sheet tells the question's choice filters
     */
    XPathTranslator(
            Map<String, String> keys,
            Map<String, String> renamedValues,
            java.util.Set<String> valuelessNotes,
            ChoiceFilterSource choiceSource) {
        this(
                keys,
                renamedValues,
                valuelessNotes,
                choiceSource,
                Optional.empty(),
                MetadataRows.none(),
                name -> Optional.empty(),
                Map.of());
    }

    private XPathTranslator(
            Map<String, String> keys,
            Map<String, String> renamedValues,
            java.util.Set<String> valuelessNotes,
            ChoiceFilterSource choiceSource,
            Optional<ChoiceFilterNames> choiceNames,
            MetadataRows metadata,
            java.util.function.Function<String, Optional<String>> ambiguity,
            Map<String, String> hiddenValues) {
        this.keys = Map.copyOf(keys);
        this.renamedValues = Map.copyOf(renamedValues);
        this.valuelessNotes = java.util.Set.copyOf(valuelessNotes);
        this.choiceSource = choiceSource;
        this.choiceNames = choiceNames;
        this.metadata = metadata;
        this.ambiguity = ambiguity;
        this.hiddenValues = Map.copyOf(hiddenValues);
    }

    /** A translator for a choice_filter, where a bare name is a column of the choices sheet. */
    XPathTranslator forChoiceFilter(ChoiceFilterNames names) {
        return new XPathTranslator(
                keys,
                renamedValues,
                valuelessNotes,
                choiceSource,
                Optional.of(names),
                metadata,
                ambiguity,
                hiddenValues);
    }

    /**
     * The same translator knowing the rows a reference may not simply follow: metadata Mittari has no value for
     * ({@code metadataRows}, read as empty), a name written on more than one row ({@code ambiguousNames} says why, and
     * the reference is refused), and hidden rows without a calculation ({@code hiddenRowValues}, read as their default
     * or the empty text, since in a web form no app fills them in).
     */
    XPathTranslator knowing(
            MetadataRows metadataRows,
            java.util.function.Function<String, Optional<String>> ambiguousNames,
            Map<String, String> hiddenRowValues) {
        return new XPathTranslator(
                keys,
                renamedValues,
                valuelessNotes,
                choiceSource,
                choiceNames,
                metadataRows,
                ambiguousNames,
                hiddenRowValues);
    }

    /** The type of the metadata row {@code name} names, when Mittari has no value for it (deviceid, username…). */
    Optional<String> uncollectedMetadata(String name) {
        return metadata.uncollected(name);
    }

    /** Why a reference to {@code name} is ambiguous, when it is. */
    Optional<String> ambiguity(String name) {
        return ambiguity.apply(name);
    }

    ChoiceFilterSource choiceSource() {
        return choiceSource;
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
            i = translate(tokens, i, out, errors, warnings);
        }
        if (tokens.isEmpty()) {
            errors.add("the expression is empty");
        }
        TranslationWarnings.typographicQuotes(tokens).ifPresent(warnings::add);
        TranslationWarnings.valuelessNoteReferences(tokens, valuelessNotes).ifPresent(warnings::add);
        warnings.addAll(TranslationWarnings.uncollectedMetadataReferences(tokens, this::readsAsUncollected));
        warnings.addAll(TranslationWarnings.hiddenValueReferences(
                tokens, name -> fixedValue(name).filter(value -> hiddenValues.containsKey(name))));
        return new Translation(errors.isEmpty() ? Optional.of(out.toString()) : Optional.empty(), errors, warnings);
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
        boolean isQuestion =
                question.kind() == Kind.REFERENCE && fixedValue(question.text()).isEmpty()
                        || question.kind() == Kind.DOT;
        if (!isQuestion || other.kind() != Kind.TEXT || !other.text().isEmpty()) {
            return Optional.empty();
        }
        String subject = question.kind() == Kind.DOT ? "." : key(question.text(), errors);
        return Optional.of((operator.text().equals("=") ? "empty(" : "answered(") + subject + ")");
    }

    /** Appends the translation of the token at {@code i} and returns the index of the next untranslated token. */
    private int translate(List<XToken> tokens, int i, StringBuilder out, List<String> errors, List<String> warnings) {
        XToken token = tokens.get(i);
        switch (token.kind()) {
            case REFERENCE:
                out.append(fixedValue(token.text())
                        .map(XPathTranslator::quote)
                        .orElseGet(() -> key(token.text(), errors)));
                return i + 1;
            case TEXT:
                checkChoiceValue(token.text(), errors);
                out.append(quote(token.text()));
                return i + 1;
            case NAME:
                return name(tokens, i, out, errors, warnings);
            case UNSUPPORTED:
                errors.add("'" + token.text() + "' is not supported in Mittari expressions");
                return i + 1;
            default:
                out.append(token.text());
                return i + 1;
        }
    }

    private int name(List<XToken> tokens, int i, StringBuilder out, List<String> errors, List<String> warnings) {
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
        } else if (choiceNames.isPresent()) {
            out.append(choiceNames.get().read(name, errors, warnings));
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

    /**
     * The one text {@code ${name}} always reads as, when it does: a note without a calculation, whose value is always
     * empty; metadata Mittari has no value for, which ODK leaves empty on a device that has none (a web form is one);
     * a hidden row without a calculation, which only its default fills in.
     */
    private Optional<String> fixedValue(String name) {
        if (valuelessNotes.contains(name) || readsAsUncollected(name).isPresent()) {
            return Optional.of("");
        }
        return ambiguity(name).isPresent() ? Optional.empty() : Optional.ofNullable(hiddenValues.get(name));
    }

    /** The metadata type of {@code name} when it reads as empty: a name on more than one row is refused instead. */
    private Optional<String> readsAsUncollected(String name) {
        return ambiguity(name).isPresent() ? Optional.empty() : uncollectedMetadata(name);
    }

    private String key(String name, List<String> errors) {
        Optional<String> ambiguous = ambiguity(name);
        if (ambiguous.isPresent()) {
            errors.add(ambiguous.get());
            return name;
        }
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

    static String quote(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
