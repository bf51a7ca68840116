package fi.mittari.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one question mapping into its typed record, reporting every problem with its place. */
final class QuestionYamlReader {

    static final Pattern QUESTION_KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    static final Pattern CHOICE_VALUE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private static final Set<String> COMMON = Set.of("key", "type", "required", "label", "hint");
    private static final Map<String, Set<String>> TYPE_PROPERTIES = Map.of(
            "single_choice", Set.of("choices"),
            "multiple_choice", Set.of("choices"),
            "rating", Set.of("min", "max", "minLabel", "maxLabel"),
            "text", Set.of("multiline", "maxLength"));
    private static final String TYPES = "single_choice, multiple_choice, rating, text";

    private final LocalizedTextReader texts;
    private final YamlProblems problems;

    QuestionYamlReader(LocalizedTextReader texts, YamlProblems problems) {
        this.texts = texts;
        this.problems = problems;
    }

    Optional<Question> read(YamlMapping question) {
        String key = question.text("key", true).orElse("");
        if (!key.isEmpty() && !QUESTION_KEY.matcher(key).matches()) {
            problems.error(question.value("key", true).orElseThrow(), question.child("key"), "key '" + key
                    + "' must be lowercase letters, digits and underscores, starting with a letter (at most 64)");
        }
        Optional<String> type = question.text("type", true);
        boolean required = question.flag("required", false);
        LocalizedText label = texts.read(question, "label", true);
        LocalizedText hint = texts.read(question, "hint", false);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Set<String> own = TYPE_PROPERTIES.get(type.get());
        if (own == null) {
            problems.error(question.value("type", true).orElseThrow(), question.child("type"),
                    "unknown question type '" + type.get() + "'; expected one of " + TYPES);
            return Optional.empty();
        }
        Set<String> allowed = new HashSet<>(COMMON);
        allowed.addAll(own);
        Set<String> others = new HashSet<>();
        TYPE_PROPERTIES.values().forEach(others::addAll);
        others.removeAll(own);
        question.rejectUnknown(allowed, others, type.get().replace('_', ' ') + " question");
        return switch (type.get()) {
            case "single_choice" -> Optional.of(new SingleChoiceQuestion(key, label, hint, required, choices(question)));
            case "multiple_choice" ->
                    Optional.of(new MultipleChoiceQuestion(key, label, hint, required, choices(question)));
            case "rating" -> Optional.of(rating(question, key, label, hint, required));
            default -> Optional.of(text(question, key, label, hint, required));
        };
    }

    private List<Choice> choices(YamlMapping question) {
        List<Choice> choices = new ArrayList<>();
        Optional<List<Node>> nodes = question.list("choices", true);
        if (nodes.isPresent() && nodes.get().isEmpty()) {
            problems.error(question.value("choices", true).orElseThrow(), question.child("choices"),
                    "a choice question needs at least one choice");
        }
        Map<String, Integer> firstLine = new HashMap<>();
        List<Node> list = nodes.orElse(List.of());
        for (int i = 0; i < list.size(); i++) {
            String path = question.child("choices") + "[" + i + "]";
            Optional<YamlMapping> choice = YamlMapping.of(list.get(i), path, "a choice with value and label", problems);
            if (choice.isEmpty()) {
                continue;
            }
            choice.get().rejectUnknown(Set.of("value", "label"), Set.of(), "choice");
            String value = choice.get().text("value", true).orElse("");
            LocalizedText label = texts.read(choice.get(), "label", true);
            Node valueNode = choice.get().value("value", false).orElse(list.get(i));
            if (!value.isEmpty() && !CHOICE_VALUE.matcher(value).matches()) {
                problems.error(valueNode, choice.get().child("value"), "value '" + value
                        + "' must be lowercase letters, digits, hyphens and underscores (at most 64)");
            }
            int line = valueNode.getStartMark().getLine() + 1;
            Integer first = firstLine.putIfAbsent(value, line);
            if (first != null && !value.isEmpty()) {
                problems.error(valueNode, choice.get().child("value"), "duplicate choice value '" + value
                        + "' (first on line " + first + ")");
            }
            choices.add(new Choice(value, label));
        }
        return choices;
    }

    private RatingQuestion rating(YamlMapping q, String key, LocalizedText label, LocalizedText hint, boolean required) {
        int min = q.integer("min").orElse(0);
        int max = q.integer("max").orElse(10);
        if (min >= max) {
            problems.error(q.value("max", false).orElse(q.node()), q.child("max"),
                    "max (" + max + ") must be greater than min (" + min + ")");
        } else if (max - min > 20) {
            problems.error(q.value("max", false).orElse(q.node()), q.child("max"),
                    "a scale has at most 21 points; min " + min + " to max " + max + " has " + (max - min + 1));
        }
        return new RatingQuestion(key, label, hint, required, min, max, texts.read(q, "minLabel", false),
                texts.read(q, "maxLabel", false));
    }

    private TextQuestion text(YamlMapping q, String key, LocalizedText label, LocalizedText hint, boolean required) {
        int maxLength = q.integer("maxLength").orElse(2000);
        if (maxLength < 1 || maxLength > 10_000) {
            problems.error(q.value("maxLength", false).orElse(q.node()), q.child("maxLength"),
                    "maxLength must be from 1 to 10000, was " + maxLength);
        }
        return new TextQuestion(key, label, hint, required, q.flag("multiline", false), maxLength);
    }
}
