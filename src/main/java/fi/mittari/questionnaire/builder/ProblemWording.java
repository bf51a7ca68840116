package fi.mittari.questionnaire.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reader's or expression checker's message in plain words: a message key of the staff bundles and its arguments.
 * The reader's messages are exact but speak YAML; this table matches each message the reader and the checker make
 * (their texts are fixed in those classes and tested there) and takes out the parts that vary. An argument that is one
 * of the checker's type words or a language name becomes a {@link Word}, said in the staff's language too. A message
 * no rule matches keeps its exact text ({@link #EXACT}), so no problem is ever hidden.
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

    private static final String Q = "'([^']*)'";
    private static final List<Rule> RULES = rules(
            // expressions: syntax
            "the expression is longer than (\\d+) characters",
            "expr.tooLong",
            "the expression is empty",
            "expr.empty",
            Q + " is not a valid question key: .*",
            "expr.badKey",
            "unterminated text: add the closing (.)",
            "expr.unterminated",
            "unknown character '(.)'; did you mean '!=' or 'not'\\?",
            "expr.exclamation",
            "unknown character '(.)'",
            "expr.unknownCharacter",
            "unexpected (.+); expected an operator or the end",
            "expr.unexpected",
            "expected a value but found (.+)",
            "expr.valueExpected",
            "'not' must come before a whole comparison.*",
            "expr.notPlacement",
            Q + " is a reserved word and cannot be used as a question key",
            "expr.reserved",
            "a list may only contain numbers and texts, but found (.+)",
            "expr.listItems",
            "the expression is nested too deeply.*",
            "expr.tooDeep",
            "expected (.+) but found (.+)",
            "expr.expected",
            // expressions: meaning
            "unknown question " + Q + "; did you mean " + Q + "\\?",
            "expr.unknownQuestionSuggest",
            "unknown question " + Q,
            "expr.unknownQuestion",
            "'\\.' \\(the answer to this question\\) can only be used in a constraint",
            "expr.selfInCondition",
            "a multiple-choice answer can only be used in count, selected, empty or answered",
            "expr.multiple",
            "cannot compare (.+) with (.+)",
            "expr.cannotCompare",
            Q + " cannot be used on (.+); only numbers, dates, times and datetimes can be ordered",
            "expr.notOrdered",
            "'in' needs a single-choice, text or number on its left; use selected.*",
            "expr.inMultiple",
            "'in' needs a single-choice, text or number on its left, but it is (.+)",
            "expr.inLeft",
            Q + " needs (.+) on both sides, but its (?:left|right) side is (.+)",
            "expr.operands",
            Q + " needs (.+), but got (.+)",
            "expr.operand",
            "the expression must give (.+), but it gives (.+)",
            "expr.result",
            "unknown function " + Q + ".*",
            "expr.unknownFunction",
            "the second argument of selected must be a choice value in quotes.*",
            "expr.selectedValue",
            Q + " is not a date; .*",
            "expr.notDate",
            "date needs a date in quotes.*",
            "expr.dateText",
            "(time|datetime) needs a .*",
            "expr.timeText",
            "(\\w+) needs a question key, such as .*",
            "expr.functionKey",
            "(\\w+) needs (.+), but this is (.+)",
            "expr.functionType",
            "(\\w+)\\(\\.\\.\\.\\) needs (\\d+) arguments? but was given (\\d+)",
            "expr.arguments",
            "refers to " + Q + ", which is this question; .*",
            "expr.itself",
            "refers to " + Q + ", which comes later; .*",
            "expr.later",
            "page " + Q + " refers to " + Q + ", which is on this page; .*",
            "expr.samePage",
            "page " + Q + " refers to " + Q + ", which is on the later page " + Q + "; .*",
            "expr.laterPage",
            // the file
            "the file is too large.*",
            "file.tooLarge",
            "not valid YAML for Mittari: nested deeper.*",
            "file.tooDeep",
            "not valid YAML for Mittari: anchors and aliases.*",
            "file.aliases",
            "the file is empty",
            "file.empty",
            "not valid YAML.*",
            "file.notYaml",
            // properties
            "expected a property name, found (.+)",
            "yaml.propertyName",
            "duplicate property " + Q + " \\(first on line (\\d+)\\)",
            "yaml.duplicateProperty",
            "expected a questionnaire .*",
            "yaml.notQuestionnaire",
            "expected a page .*, found (.+)",
            "yaml.notPage",
            "expected a question .*, found (.+)",
            "yaml.notQuestion",
            "expected texts by language.*, found (.+)",
            "yaml.notTexts",
            "missing required property " + Q,
            "yaml.missing",
            "missing required property 'questions' \\(or 'pages'.*",
            "yaml.noQuestions",
            "expected a single value, found (.+)",
            "yaml.notScalar",
            "expected a list, found (.+)",
            "yaml.notList",
            "expected true or false, found " + Q,
            "yaml.notFlag",
            "expected a whole number, found " + Q,
            "yaml.notWhole",
            "expected a number, found " + Q,
            "yaml.notNumber",
            "expected a whole number \\(the question is not decimal\\), found " + Q,
            "yaml.notWholeDecimal",
            "expected a date like 2025-01-31, found " + Q,
            "yaml.notDate",
            "expected a time of day like 09:30, found " + Q,
            "yaml.notTime",
            "expected a date and time like 2025-01-31T09:30, found " + Q,
            "yaml.notDateTime",
            "property " + Q + " does not apply: .*",
            "yaml.notForType",
            "property " + Q + " does not apply to (.+)",
            "yaml.notFor",
            "unknown property " + Q + "; did you mean " + Q + "\\?",
            "yaml.unknownSuggest",
            "unknown property " + Q,
            "yaml.unknown",
            // questionnaire, pages and languages
            "key " + Q + " is not a valid questionnaire key",
            "root.key",
            "key " + Q + " must be lowercase letters, digits, hyphens and underscores.*",
            "root.key",
            "languages must include the default language " + Q,
            "root.defaultLanguage",
            "list at least one language",
            "root.noLanguages",
            "duplicate language " + Q + " \\(first on line (\\d+)\\)",
            "root.duplicateLanguage",
            "expected a language code .*, found (.+)",
            "root.languageCode",
            "unknown language " + Q + "; expected [^;]*; did you mean " + Q + "\\?",
            "root.unknownLanguageSuggest",
            "unknown language " + Q + "; .*",
            "root.unknownLanguage",
            "a questionnaire has either questions or pages.*",
            "root.questionsAndPages",
            "add at least one page",
            "page.none",
            "page key " + Q + " must be .*",
            "page.key",
            "duplicate page key " + Q + " \\(first on line (\\d+)\\)",
            "page.duplicateKey",
            "add at least one question",
            "page.noQuestions",
            // texts
            "expected a text, found (.+)",
            "text.notText",
            "missing (\\w+) \\(\\w+\\) text \\(the default language\\)",
            "text.missingDefault",
            "missing (\\w+) \\(\\w+\\) translation; .*",
            "text.missingTranslation",
            // questions
            "duplicate question key " + Q + " \\(first on line (\\d+)\\)",
            "question.duplicateKey",
            "key " + Q + " must be lowercase letters, digits and underscores.*",
            "question.key",
            "unknown question type " + Q + "; .*",
            "question.type",
            "appearance is radio or dropdown, found " + Q,
            "question.appearance",
            "minSelected and maxSelected cannot be negative",
            "question.negativeSelected",
            "maxSelected \\((\\d+)\\) must not be less than minSelected \\((\\d+)\\)",
            "question.selectedOrder",
            "the question has only (\\d+) choices",
            "question.fewChoices",
            "concept " + Q + " must be .*",
            "question.concept",
            "max \\(([^)]*)\\) must be greater than min \\(([^)]*)\\)",
            "question.scaleOrder",
            "a scale has at most (\\d+) points; .*",
            "question.scaleSize",
            "maxLength must be from 1 to (\\d+), found (-?\\d+)",
            "question.maxLength",
            "max \\(([^)]*)\\) must not be less than min \\(([^)]*)\\)",
            "question.minMax",
            "max \\(([^)]*)\\) must not be before min \\(([^)]*)\\)",
            "question.dateOrder",
            "a constraintMessage needs a constraint to explain",
            "question.messageWithoutConstraint",
            // choices, items, scales
            "no choice list named " + Q + ".*",
            "choice.noList",
            "expected a list of choices or the name of a choice list, found (.+)",
            "choice.notList",
            "add at least one choice",
            "choice.none",
            "value " + Q + " must be lowercase letters, digits, hyphens and underscores.*",
            "choice.value",
            "duplicate choice value " + Q + " \\(first on line (\\d+)\\)",
            "choice.duplicate",
            "a question takes its choices either from choices or from choicesFrom, not both",
            "choice.both",
            "no code list named " + Q + ".*",
            "choice.noCodeList",
            "a Likert scale has (\\d+) to (\\d+) points, found (-?\\d+)",
            "likert.points",
            "labels must name every point: the scale has (\\d+) points, labels has (\\d+)",
            "likert.labels",
            "rank at least two choices",
            "ranking.choices",
            "rankCount must be from 1 to the number of choices \\((\\d+)\\), found (-?\\d+)",
            "ranking.count",
            "other adds the choice 'other', but the choices already have one; .*",
            "choice.otherTwice",
            "add at least one item",
            "matrix.noItems",
            "item key " + Q + " must be .*",
            "matrix.itemKey",
            "duplicate item key " + Q + " \\(first on line (\\d+)\\)",
            "matrix.duplicateItem");

    /** Phrases of the checker and the reader that name a type, a kind of YAML node or a language. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("a true/false value", "type.boolean"),
            Map.entry("a number", "type.number"),
            Map.entry("a text", "type.text"),
            Map.entry("a date", "type.date"),
            Map.entry("a single-choice answer", "type.choice"),
            Map.entry("a multiple-choice answer", "type.choices"),
            Map.entry("true/false values", "type.booleans"),
            Map.entry("numbers", "type.numbers"),
            Map.entry("texts", "type.texts"),
            Map.entry("dates", "type.dates"),
            Map.entry("a time of day", "type.time"),
            Map.entry("a date and time", "type.datetime"),
            Map.entry("times of day", "type.times"),
            Map.entry("dates and times", "type.datetimes"),
            Map.entry("a mapping", "node.mapping"),
            Map.entry("a list", "node.list"),
            Map.entry("a single value", "node.scalar"),
            Map.entry("nothing", "node.nothing"),
            Map.entry("Finnish", "language.fi"),
            Map.entry("Swedish", "language.sv"),
            Map.entry("English", "language.en"),
            Map.entry("the end of the expression", "end"),
            Map.entry("a question", "question.any"),
            Map.entry("a text question", "question.text"),
            Map.entry("a multiple-choice question", "question.choices"),
            Map.entry("a single- or multiple-choice question", "question.choice"),
            Map.entry("'[' to start the list of values", "listStart"));

    /** The plain wording of {@code message}, or {@link #EXACT} with the message itself. */
    public static ProblemWording of(String message) {
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(message);
            if (matcher.matches()) {
                List<Object> arguments = new ArrayList<>();
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    String argument = matcher.group(group);
                    arguments.add(
                            WORDS.containsKey(argument) ? new Word("pickers.word." + WORDS.get(argument)) : argument);
                }
                return new ProblemWording("pickers.plain." + rule.key(), arguments);
            }
        }
        return new ProblemWording(EXACT, List.of(message));
    }

    /** Whether a rule matched, rather than the exact message being kept. */
    public boolean plain() {
        return !key.equals(EXACT);
    }

    private static List<Rule> rules(String... patternsAndKeys) {
        List<Rule> rules = new ArrayList<>();
        for (int i = 0; i < patternsAndKeys.length; i += 2) {
            rules.add(new Rule(Pattern.compile(patternsAndKeys[i], Pattern.DOTALL), patternsAndKeys[i + 1]));
        }
        return List.copyOf(rules);
    }
}
