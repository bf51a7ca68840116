package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.Expressions;
import fi.mittari.questionnaire.expression.ParseResult;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads one question mapping into its typed record, reporting every problem with its place. Which properties a type
 * takes is {@link QuestionPropertiesYamlReader}'s rule; the types made of choices, bounds or parts have readers of
 * their own.
 */
final class QuestionYamlReader {

    static final Pattern QUESTION_KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private static final int DEFAULT_MIN = 0;
    private static final int DEFAULT_MAX = 10;
    private static final int MAX_SCALE_STEPS = 20;
    private static final int DEFAULT_MAX_LENGTH = 2000;
    private static final int LONGEST_MAX_LENGTH = 10_000;
    private static final Expression NO_CALCULATION = new Expression.TextLiteral("", 1);

    private final LocalizedTextReader texts;
    private final QuestionPropertiesYamlReader properties;
    private final ChoicesYamlReader choices;
    private final ChoiceQuestionYamlReader choiceQuestions;
    private final BoundedQuestionYamlReader bounded;
    private final CompositeQuestionYamlReader composite;
    private final YamlProblems problems;

    QuestionYamlReader(LocalizedTextReader texts, CodeListSnapshot codeLists, YamlProblems problems) {
        this.texts = texts;
        this.properties = new QuestionPropertiesYamlReader(problems);
        this.choices = new ChoicesYamlReader(texts, codeLists, problems);
        this.bounded = new BoundedQuestionYamlReader(texts, problems);
        this.composite = new CompositeQuestionYamlReader(texts, choices, problems);
        this.choiceQuestions = new ChoiceQuestionYamlReader(choices, composite, problems);
        this.problems = problems;
    }

    /** Reads the questionnaire's shared choice lists; call before reading questions that refer to them. */
    void readSharedChoices(YamlMapping root) {
        choices.readShared(root);
    }

    /** The question, or empty when its type is missing or unknown (its other problems are reported all the same). */
    Optional<Question> read(YamlMapping question) {
        String key = question.scalar("key", true)
                .map(node -> {
                    if (!QUESTION_KEY.matcher(node.getValue()).matches()) {
                        problems.error(
                                node,
                                question.child("key"),
                                "key '" + node.getValue() + "' must be lowercase letters,"
                                        + " digits and underscores, starting with a letter (at most 64 characters)");
                    }
                    return node.getValue();
                })
                .orElse("");
        Optional<String> type = properties.knownType(question);
        boolean required = question.flag("required", false);
        LocalizedText label = texts.read(question, "label", true);
        LocalizedText hint = texts.read(question, "hint", false);
        properties.rejectUnknown(question, type);
        Classification classification = classification(question);
        properties.rejectAnswerProperties(question, type);
        var basics = new QuestionBasics(key, label, hint, required, classification);
        return type.map(t -> switch (t) {
            case "single_choice" -> choiceQuestions.single(basics, question);
            case "multiple_choice" -> choiceQuestions.multiple(basics, question);
            case "likert" -> composite.likert(basics, question);
            case "matrix" -> composite.matrix(basics, question);
            case "ranking" -> composite.ranking(basics, question);
            case "rating" -> rating(question, basics);
            case "yes_no" -> new YesNoQuestion(key, label, hint, required, classification);
            case "number" -> bounded.number(basics, question);
            case "date" -> bounded.date(basics, question);
            case "time" -> bounded.time(basics, question);
            case "datetime" -> bounded.dateTime(basics, question);
            case "consent" -> new ConsentQuestion(key, label, hint, classification);
            case "note" -> new DisplayText(key, label, hint);
            case "calculate" -> new CalculateQuestion(key, label, hint, calculation(question), classification);
            default -> text(question, basics);
        });
    }

    private Classification classification(YamlMapping question) {
        String concept = question.scalar("concept", false)
                .map(node -> {
                    if (!Classification.CONCEPT.matcher(node.getValue()).matches()) {
                        problems.error(
                                node,
                                question.child("concept"),
                                "concept '" + node.getValue() + "' must be dot-separated parts of lowercase letters,"
                                        + " digits and underscores, like outcome.new_partners or dim.region");
                    }
                    return node.getValue();
                })
                .orElse("");
        return new Classification(concept, question.flag("personal", false));
    }

    /**
     * The calculation, parsed; its syntax errors are reported at their column. Its types are checked once every
     * question is known ({@link QuestionRulesYamlReader}); a calculation that does not parse stands in as {@code ''}
     * in a questionnaire that is refused anyway.
     */
    private Expression calculation(YamlMapping question) {
        return question.scalar("calculation", true)
                .flatMap(node -> {
                    ParseResult result = Expressions.parse(node.getValue());
                    if (result instanceof ParseResult.Parsed parsed) {
                        return Optional.of(parsed.expression());
                    }
                    ((ParseResult.Invalid) result)
                            .problems()
                            .forEach(p ->
                                    problems.errorInText(node, question.child("calculation"), p.column(), p.message()));
                    return Optional.empty();
                })
                .orElse(NO_CALCULATION);
    }

    private RatingQuestion rating(YamlMapping q, QuestionBasics basics) {
        // Absent ends take their defaults; an end that is not a whole number is already reported, so is not compared.
        Optional<Integer> min = q.has("min") ? q.integer("min") : Optional.of(DEFAULT_MIN);
        Optional<Integer> max = q.has("max") ? q.integer("max") : Optional.of(DEFAULT_MAX);
        int lowest = min.orElse(DEFAULT_MIN);
        int highest = max.orElse(DEFAULT_MAX);
        Node place = q.value("max", false).or(() -> q.value("min", false)).orElse(q.node());
        if (min.isPresent() && max.isPresent() && lowest >= highest) {
            problems.error(place, q.child("max"), "max (" + highest + ") must be greater than min (" + lowest + ")");
        } else if (min.isPresent() && max.isPresent() && (long) highest - lowest > MAX_SCALE_STEPS) {
            problems.error(
                    place,
                    q.child("max"),
                    "a scale has at most " + (MAX_SCALE_STEPS + 1) + " points; min " + lowest + " to max " + highest
                            + " has " + ((long) highest - lowest + 1));
        }
        return new RatingQuestion(
                basics.key(),
                basics.label(),
                basics.hint(),
                basics.required(),
                lowest,
                highest,
                texts.read(q, "minLabel", false),
                texts.read(q, "maxLabel", false),
                basics.classification());
    }

    private TextQuestion text(YamlMapping q, QuestionBasics basics) {
        boolean multiline = q.flag("multiline", false);
        int maxLength = q.integer("maxLength").orElse(DEFAULT_MAX_LENGTH);
        if (maxLength < 1 || maxLength > LONGEST_MAX_LENGTH) {
            problems.error(
                    q.value("maxLength", false).orElse(q.node()),
                    q.child("maxLength"),
                    "maxLength must be from 1 to " + LONGEST_MAX_LENGTH + ", found " + maxLength);
        }
        return new TextQuestion(
                basics.key(),
                basics.label(),
                basics.hint(),
                basics.required(),
                multiline,
                maxLength,
                basics.classification());
    }
}
