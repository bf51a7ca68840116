package fi.mittari.questionnaire;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which properties each question type takes: reads a question's type, and reports a property no type has, one of
 * another type, and one that would mislead a reader of a question that takes no answer.
 */
final class QuestionPropertiesYamlReader {

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

    private final YamlProblems problems;

    QuestionPropertiesYamlReader(YamlProblems problems) {
        this.problems = problems;
    }

    /** The question's type, or empty when it is missing or unknown (reported). */
    Optional<String> knownType(YamlMapping question) {
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
    void rejectUnknown(YamlMapping question, Optional<String> type) {
        List<String> allowed = new ArrayList<>(COMMON);
        type.ifPresentOrElse(
                t -> allowed.addAll(TYPE_PROPERTIES.get(t)),
                () -> TYPE_PROPERTIES.values().forEach(allowed::addAll));
        Set<String> foreign = TYPE_PROPERTIES.values().stream()
                .flatMap(List::stream)
                .filter(property -> !allowed.contains(property))
                .collect(Collectors.toSet());
        question.rejectUnknown(
                allowed,
                foreign,
                type.map(QuestionPropertiesYamlReader::describeType).orElse("this question"));
    }

    /**
     * A note takes no answer, a consent is always required and a calculation is never asked, so the properties of an
     * answer would mislead a reader of these.
     */
    void rejectAnswerProperties(YamlMapping question, Optional<String> type) {
        type.filter(t -> t.equals("note") || t.equals("consent") || t.equals("calculate"))
                .ifPresent(t -> rejectAnswerProperties(question, t));
    }

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
