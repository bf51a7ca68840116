package fi.mittari.questionnaire.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's or expression checker's message in plain words: a message key of the staff bundles and its arguments.
 * The reader's messages are exact but speak YAML; this table matches each message the reader and the checker make
 * (their texts are fixed in those classes and tested there) and takes out the parts that vary. An argument that is one
 * of the checker's type words or a language name becomes a {@link Word}, said in the staff's language too. A message
 * that wraps another (the XLSForm importer's "relevant '…' cannot be translated: <reason>") names the wrapped part
 * {@code (?<reason>…)} in its pattern, and that part is worded in turn; one that wraps two names the second
 * {@code (?<why>…)}. A message no rule matches keeps its exact text
 * ({@link #EXACT}), so no problem is ever hidden: the staff then read the English original.
 */
public record ProblemWording(String key, List<Object> arguments) {

    /** The key whose only argument is the reader's own message. */
    public static final String EXACT = "pickers.plain.exact";

    public ProblemWording {
        Objects.requireNonNull(key, "key");
        arguments = List.copyOf(arguments);
    }

    /** A word of the staff bundles, such as a type or a language name, to be said in the staff's language. */
    public record Word(String key) {}

    private record Rule(Pattern pattern, String key) {}

    /** A quoted argument of a message: 'region'. */
    static final String QUOTED = "'([^']*)'";

    /** The names of a pattern's groups that are themselves messages, worded by the rules in turn. */
    private static final List<String> WRAPPED = List.of("reason", "why");

    private static final List<Rule> RULES = rules(java.util.stream.Stream.of(
                    // first, so that a converted questionnaire's problem is unwrapped before a rule ending in .* eats
                    // the cell's note; its other messages share no beginning with the reader's or the checker's
                    XlsFormProblemPatterns.PATTERNS_AND_KEYS,
                    ExpressionProblemPatterns.PATTERNS_AND_KEYS,
                    DefinitionProblemPatterns.PATTERNS_AND_KEYS)
            .flatMap(List::stream)
            .toList());

    /** The plain wording of {@code message}, or {@link #EXACT} with the message itself. */
    public static ProblemWording of(String message) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                List<Object> arguments = new ArrayList<>();
                List<Integer> wrapped = wrappedGroups(rule, matcher);
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    String argument = matcher.group(group);
                    arguments.add(
                            wrapped.contains(group)
                                    ? of(argument)
                                    : ProblemWords.WORDS.containsKey(argument)
                                            ? new Word("pickers.word." + ProblemWords.WORDS.get(argument))
                                            : argument);
                }
                return new ProblemWording("pickers.plain." + rule.key(), arguments);
            }
        }
        return new ProblemWording(EXACT, List.of(message));
    }

    /** Whether a rule matched, rather than the exact message being kept, here and in every wrapped reason. */
    public boolean plain() {
        return !key.equals(EXACT)
                && arguments.stream()
                        .allMatch(argument -> !(argument instanceof ProblemWording inner) || inner.plain());
    }

    /** The numbers of the groups named in {@link #WRAPPED} (Java 17 cannot list a pattern's names). */
    private static List<Integer> wrappedGroups(Rule rule, Matcher matcher) {
        List<Integer> wrapped = new ArrayList<>();
        for (String name : WRAPPED) {
            if (!rule.pattern().pattern().contains("(?<" + name + ">")) {
                continue;
            }
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.start(group) == matcher.start(name) && matcher.end(group) == matcher.end(name)) {
                    wrapped.add(group);
                    break;
                }
            }
        }
        return wrapped;
    }

    private static List<Rule> rules(List<String> patternsAndKeys) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < patternsAndKeys.size(); i += 2) {
            rules.add(new Rule(Pattern.compile(patternsAndKeys.get(i), Pattern.DOTALL), patternsAndKeys.get(i + 1)));
        }
        return List.copyOf(rules);
    }
}
