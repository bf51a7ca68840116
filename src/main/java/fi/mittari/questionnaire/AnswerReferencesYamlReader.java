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
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the {@code ${key}} references in each question's label, hint, choices' labels and a matrix's item labels and,
 * once every question is known, checks that each names an earlier question with an answer to show: a later one has
 * none yet when the text is read. A question's choices from a named list are checked as that question's: the same list may serve questions
 * before and after the one a label refers to.
 */
final class AnswerReferencesYamlReader {

    private static final List<String> PROPERTIES = List.of("label", "hint");

    private record Written(String key, int position, Node node, String path, String property, Set<String> keys) {}

    /** A question whose choices are a named list, whose labels are known once the question is read. */
    private record Listed(String key, int position, Node node, String path) {}

    private final YamlProblems problems;
    private final List<Written> written = new ArrayList<>();
    private final List<Listed> listed = new ArrayList<>();

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
        question.value("choices", false).ifPresent(choices -> readChoices(choices, question, key, position));
        question.value("items", false).ifPresent(items -> readItems(items, question, key, position));
    }

    /** A matrix's items, whose labels the server fills like the question's own. */
    private void readItems(Node items, YamlMapping question, String key, int position) {
        if (!(items instanceof SequenceNode sequence)) {
            return;
        }
        for (int i = 0; i < sequence.getValue().size(); i++) {
            if (sequence.getValue().get(i) instanceof MappingNode item) {
                String itemKey = "";
                Node label = null;
                for (var tuple : item.getValue()) {
                    String property = tuple.getKeyNode() instanceof ScalarNode name ? name.getValue() : "";
                    if (property.equals("key") && tuple.getValueNode() instanceof ScalarNode scalar) {
                        itemKey = scalar.getValue();
                    } else if (property.equals("label")) {
                        label = tuple.getValueNode();
                    }
                }
                String path = question.child("items") + "[" + i + "].label";
                written(key, position, label, path, "the label of item '" + itemKey + "'");
            }
        }
    }

    private void written(String key, int position, Node label, String path, String property) {
        if (label == null) {
            return;
        }
        Set<String> keys = new LinkedHashSet<>();
        texts(label).forEach(text -> keys.addAll(AnswerReferences.keysIn(text)));
        if (!keys.isEmpty()) {
            written.add(new Written(key, position, label, path, property, keys));
        }
    }

    private void readChoices(Node choices, YamlMapping question, String key, int position) {
        if (choices instanceof ScalarNode) {
            listed.add(new Listed(key, position, choices, question.child("choices")));
        } else if (choices instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof MappingNode choice) {
                    readChoice(choice, question.child("choices") + "[" + i + "]", key, position);
                }
            }
        }
    }

    private void readChoice(MappingNode choice, String path, String key, int position) {
        String value = "";
        Node label = null;
        for (var tuple : choice.getValue()) {
            String property = tuple.getKeyNode() instanceof ScalarNode name ? name.getValue() : "";
            if (property.equals("value") && tuple.getValueNode() instanceof ScalarNode scalar) {
                value = scalar.getValue();
            } else if (property.equals("label")) {
                label = tuple.getValueNode();
            }
        }
        written(key, position, label, path + ".label", choiceLabel(value));
    }

    private static String choiceLabel(String value) {
        return "the label of choice '" + value + "'";
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
        List<Written> all = new ArrayList<>(written);
        for (Listed l : listed) {
            for (Choice choice : byKey.containsKey(l.key()) ? byKey.get(l.key()).answerChoices() : List.<Choice>of()) {
                Set<String> keys = new LinkedHashSet<>();
                choice.label().texts().values().forEach(text -> keys.addAll(AnswerReferences.keysIn(text)));
                if (!keys.isEmpty()) {
                    all.add(new Written(l.key(), l.position(), l.node(), l.path(), choiceLabel(choice.value()), keys));
                }
            }
        }
        for (Written w : all) {
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
