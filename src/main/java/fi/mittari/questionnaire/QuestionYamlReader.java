package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.Expressions;
import fi.mittari.questionnaire.expression.ParseResult;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one question mapping into its typed record, reporting every problem with its place. */
final class QuestionYamlReader {

    static final Pattern QUESTION_KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    private static final List<String> COMMON = List.of(
            "key",
            "type",
            "required",
            "label",
            "hint",
            "concept",
            "personal",
            "relevant",
            "constraint",
            "constraintMessage");
    private static final Map<String, List<String>> TYPE_PROPERTIES = typeProperties();
    private static final String TYPES = String.join(", ", TYPE_PROPERTIES.keySet());
    private static final int DEFAULT_MIN = 0;
    private static final int DEFAULT_MAX = 10;
    private static final int MAX_SCALE_STEPS = 20;
    private static final int DEFAULT_MAX_LENGTH = 2000;
    private static final int LONGEST_MAX_LENGTH = 10_000;
    private static final Expression NO_CALCULATION = new Expression.TextLiteral("", 1);

    private final LocalizedTextReader texts;
    private final ChoicesYamlReader choices;
    private final BoundedQuestionYamlReader bounded;
    private final CompositeQuestionYamlReader composite;
    private final YamlProblems problems;

    QuestionYamlReader(LocalizedTextReader texts, CodeListSnapshot codeLists, YamlProblems problems) {
        this.texts = texts;
        this.choices = new ChoicesYamlReader(texts, codeLists, problems);
        this.bounded = new BoundedQuestionYamlReader(texts, problems);
        this.composite = new CompositeQuestionYamlReader(texts, choices, problems);
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
        Optional<String> type = knownType(question);
        boolean required = question.flag("required", false);
        LocalizedText label = texts.read(question, "label", true);
        LocalizedText hint = texts.read(question, "hint", false);
        rejectUnknownProperties(question, type);
        Classification classification = classification(question);
        type.filter(t -> t.equals("note") || t.equals("consent") || t.equals("calculate"))
                .ifPresent(t -> rejectAnswerProperties(question, t));
        var basics = new QuestionBasics(key, label, hint, required, classification);
        return type.map(t -> switch (t) {
            case "single_choice" -> singleChoice(question, basics);
            case "multiple_choice" -> selections(
                    question,
                    new MultipleChoiceQuestion(
                            key, label, hint, required, choices.readOwnOrListed(question), classification));
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

    private SingleChoiceQuestion singleChoice(YamlMapping q, QuestionBasics basics) {
        List<Choice> written = choices.readOwnOrListed(q);
        return new SingleChoiceQuestion(
                basics.key(),
                basics.label(),
                basics.hint(),
                basics.required(),
                written,
                basics.classification(),
                dropdown(q),
                composite.other(q, written));
    }

    /** appearance: radio (the default) or dropdown, a select list for long lists such as municipalities. */
    private boolean dropdown(YamlMapping question) {
        return question.scalar("appearance", false)
                .map(node -> {
                    if (!node.getValue().equals("radio") && !node.getValue().equals("dropdown")) {
                        problems.error(
                                node,
                                question.child("appearance"),
                                "appearance is radio or dropdown, found '" + node.getValue() + "'");
                    }
                    return node.getValue().equals("dropdown");
                })
                .orElse(false);
    }

    /** minSelected / maxSelected: how many boxes may be ticked; checked against each other and the choices. */
    private MultipleChoiceQuestion selections(YamlMapping q, MultipleChoiceQuestion read) {
        int min = q.integer("minSelected").orElse(MultipleChoiceQuestion.NO_LIMIT);
        int max = q.integer("maxSelected").orElse(MultipleChoiceQuestion.NO_LIMIT);
        Node place = q.value("maxSelected", false)
                .or(() -> q.value("minSelected", false))
                .orElse(q.node());
        if (min < 0 || max < 0) {
            problems.error(place, q.child("maxSelected"), "minSelected and maxSelected cannot be negative");
        } else if (max != MultipleChoiceQuestion.NO_LIMIT && min > max) {
            problems.error(
                    place,
                    q.child("maxSelected"),
                    "maxSelected (" + max + ") must not be less than minSelected (" + min + ")");
        } else if (Math.max(min, max) > read.choices().size() && !read.choices().isEmpty()) {
            problems.error(
                    place,
                    q.child(max > 0 ? "maxSelected" : "minSelected"),
                    "the question has only " + read.choices().size() + " choices");
        }
        return new MultipleChoiceQuestion(
                read.key(),
                read.label(),
                read.hint(),
                read.required(),
                read.choices(),
                read.classification(),
                min,
                max,
                composite.other(q, read.choices()));
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
     * A note takes no answer, a consent is always required and a calculation is never asked, so these properties
     * would mislead a reader.
     */
    private void rejectAnswerProperties(YamlMapping question, String type) {
        List<String> misleading =
                switch (type) {
                    case "note" -> List.of("required", "concept", "personal");
                    case "calculate" -> List.of("required", "constraint", "constraintMessage");
                    default -> List.of("required");
                };
        String why =
                switch (type) {
                    case "note" -> "a note shows text and takes no answer";
                    case "calculate" -> "a calculation is worked out by the server, never asked";
                    default -> "a consent is always required";
                };
        misleading.forEach(property -> question.value(property, false)
                .ifPresent(node -> problems.error(
                        node, question.child(property), "property '" + property + "' does not apply: " + why)));
    }

    private Optional<String> knownType(YamlMapping question) {
        return question.scalar("type", true).flatMap(node -> {
            if (TYPE_PROPERTIES.containsKey(node.getValue())) {
                return Optional.of(node.getValue());
            }
            problems.error(
                    node,
                    question.child("type"),
                    "unknown question type '" + node.getValue() + "'; expected one of " + TYPES);
            return Optional.empty();
        });
    }

    /** Without a known type, any question property is allowed, so that only real typos are reported. */
    private void rejectUnknownProperties(YamlMapping question, Optional<String> type) {
        List<String> allowed = new ArrayList<>(COMMON);
        type.ifPresentOrElse(
                t -> allowed.addAll(TYPE_PROPERTIES.get(t)),
                () -> TYPE_PROPERTIES.values().forEach(allowed::addAll));
        Set<String> foreign = TYPE_PROPERTIES.values().stream()
                .flatMap(List::stream)
                .filter(property -> !allowed.contains(property))
                .collect(Collectors.toSet());
        question.rejectUnknown(
                allowed, foreign, type.map(QuestionYamlReader::describeType).orElse("this question"));
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

    /** "a single choice question". */
    private static String describeType(String type) {
        return "a " + type.replace('_', ' ') + " question";
    }

    private static Map<String, List<String>> typeProperties() {
        Map<String, List<String>> properties = new LinkedHashMap<>();
        properties.put("single_choice", List.of("choices", "choicesFrom", "appearance", "other", "choiceFilter"));
        properties.put(
                "multiple_choice",
                List.of("choices", "choicesFrom", "minSelected", "maxSelected", "other", "choiceFilter"));
        properties.put("rating", List.of("min", "max", "minLabel", "maxLabel"));
        properties.put("text", List.of("multiline", "maxLength"));
        properties.put("yes_no", List.of());
        properties.put("number", List.of("decimal", "min", "max", "unit"));
        properties.put("date", List.of("min", "max"));
        properties.put("time", List.of("min", "max"));
        properties.put("datetime", List.of("min", "max"));
        properties.put("consent", List.of());
        properties.put("note", List.of());
        properties.put("likert", List.of("points", "minLabel", "maxLabel", "labels"));
        properties.put("matrix", List.of("items", "choices"));
        properties.put("ranking", List.of("choices", "rankCount"));
        properties.put("calculate", List.of("calculation"));
        return properties;
    }
}
