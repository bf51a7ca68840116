package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.KeySuggestions;
import fi.mittari.questionnaire.expression.ValueType;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code ${key}} references in each question's label and hint and, once every question is known, checks
 * that each names an earlier question with an answer to show: a later one has none yet when the text is read.
 */
final class AnswerReferencesYamlReader {

    private static final List<String> PROPERTIES = List.of("label", "hint");

    private record Written(String key, int position, Node node, String path, String property, Set<String> keys) {}

    private final YamlProblems problems;
    private final List<Written> written = new ArrayList<>();

    AnswerReferencesYamlReader(YamlProblems problems) {
        this.problems = problems;
    }

    void read(YamlMapping question, String key, int position) {
        for (String property : PROPERTIES) {
            question.value(property, false).ifPresent(node -> {
                Set<String> keys = new LinkedHashSet<>();
                texts(node).forEach(text -> keys.addAll(AnswerReferences.keysIn(text)));
                if (!keys.isEmpty()) {
                    written.add(new Written(key, position, node, question.child(property), property, keys));
                }
            });
        }
    }

    private static List<String> texts(Node node) {
        if (node instanceof ScalarNode scalar) {
            return List.of(scalar.getValue());
        }
        List<String> texts = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(tuple -> texts.addAll(texts(tuple.getValueNode())));
        }
        return texts;
    }

    /** {@code types}: how each question's answer looks to an expression; a calculation's value shows too. */
    void check(List<Question> questions, Map<String, ValueType> types) {
        Map<String, Integer> positions = new HashMap<>();
        Map<String, Question> byKey = new HashMap<>();
        for (int i = 0; i < questions.size(); i++) {
            positions.putIfAbsent(questions.get(i).key(), i);
            byKey.putIfAbsent(questions.get(i).key(), questions.get(i));
        }
        for (Written w : written) {
            for (String key : w.keys()) {
                Question referred = byKey.get(key);
                String reference = w.property() + " refers to ${" + key + "}, which ";
                if (referred == null) {
                    problems.error(
                            w.node(),
                            w.path(),
                            reference + "is not a question" + KeySuggestions.didYouMean(key, positions.keySet()));
                } else if (positions.get(key) >= w.position()) {
                    problems.error(
                            w.node(),
                            w.path(),
                            reference + (key.equals(w.key()) ? "is this question" : "comes later")
                                    + "; a text can only show answers to earlier questions");
                } else if (!types.containsKey(key)) {
                    problems.error(
                            w.node(),
                            w.path(),
                            reference + "is a " + referred.typeName() + ", which has no single answer to show");
                }
            }
        }
    }
}
