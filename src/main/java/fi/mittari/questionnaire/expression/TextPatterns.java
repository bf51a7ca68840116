package fi.mittari.questionnaire.expression;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code matches(text, 'pattern')}: whether a regular expression matches anywhere in a text, as XLSForm's
 * {@code regex()} does (anchor it with {@code ^…$} to test the whole text). Patterns run on RE2/J, which matches in
 * time linear in the text's length whatever the pattern is, so no answer can make a condition slow; the price is that
 * backreferences and lookaround, which need backtracking, are refused when the questionnaire is checked. The pattern
 * is a text literal of the questionnaire, never an answer, and its length is bounded.
 */
final class TextPatterns {

    static final String FUNCTION = "matches";

    /** Long enough for an e-mail address or a postcode pattern; longer ones are refused rather than compiled. */
    static final int MAX_PATTERN_LENGTH = 300;

    private static final int CACHED_PATTERNS = 256;

    // A questionnaire has a handful of patterns, evaluated for every page sent: compile each once.
    private static final Map<String, Pattern> COMPILED =
            Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
                    return size() > CACHED_PATTERNS;
                }
            });

    private TextPatterns() {}

    static Optional<ValueType> infer(Expression.Call call, TypeInference inference) {
        if (call.arguments().size() != 2) {
            inference.report(
                    call.column(),
                    FUNCTION + "(...) needs 2 arguments, a text and a pattern in quotes, but was given "
                            + call.arguments().size());
            return Optional.of(ValueType.BOOLEAN);
        }
        Expression text = call.arguments().get(0);
        Optional<ValueType> type = inference.infer(text);
        if (type.isPresent()
                && !Set.of(ValueType.TEXT, ValueType.CHOICE, ValueType.NUMBER).contains(type.get())) {
            inference.report(
                    text.column(),
                    FUNCTION + " needs a text, a single-choice answer or a number, but this is "
                            + TypeWords.describe(type.get()));
        }
        Expression pattern = call.arguments().get(1);
        if (pattern instanceof Expression.TextLiteral literal) {
            problem(literal.value()).ifPresent(problem -> inference.report(pattern.column(), problem));
        } else {
            inference.report(
                    pattern.column(),
                    "the second argument of " + FUNCTION + " must be a pattern in quotes, such as '^[0-9]{5}$'");
        }
        return Optional.of(ValueType.BOOLEAN);
    }

    /** Why the pattern cannot be used, or empty when it can. */
    static Optional<String> problem(String pattern) {
        if (pattern.length() > MAX_PATTERN_LENGTH) {
            return Optional.of("the pattern is " + pattern.length() + " characters long; at most " + MAX_PATTERN_LENGTH
                    + " are allowed");
        }
        try {
            compiled(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException unusable) {
            return Optional.of("the pattern '" + pattern + "' cannot be used: " + unusable.getDescription()
                    + " (backreferences such as \\1 and lookaround such as (?=…) are not available, because"
                    + " patterns must run in time proportional to the answer)");
        }
    }

    static Value evaluate(Expression.Call call, Function<Expression, Value> evaluate) {
        if (call.arguments().size() != 2
                || !(call.arguments().get(1) instanceof Expression.TextLiteral pattern)
                || pattern.value().length() > MAX_PATTERN_LENGTH) {
            return new Value.Bool(false);
        }
        Optional<String> text = text(evaluate.apply(call.arguments().get(0)));
        return new Value.Bool(text.isPresent()
                && compiled(pattern.value()).matcher(text.get()).find());
    }

    /** The text a pattern is matched against; an unanswered question matches nothing, as it compares with nothing. */
    private static Optional<String> text(Value value) {
        if (value instanceof Value.Text text) {
            return Optional.of(text.value());
        }
        return value instanceof Value.Num number ? Optional.of(number.value().toPlainString()) : Optional.empty();
    }

    private static Pattern compiled(String pattern) {
        Pattern cached = COMPILED.get(pattern);
        if (cached != null) {
            return cached;
        }
        Pattern compiled = Pattern.compile(pattern);
        COMPILED.put(pattern, compiled);
        return compiled;
    }
}
