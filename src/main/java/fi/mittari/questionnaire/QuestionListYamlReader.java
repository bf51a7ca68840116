package fi.mittari.questionnaire;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads lists of questions, the top-level one or one per page, into one list for the whole questionnaire: keys are
 * unique across all of them, and a question's position (which its conditions are checked against) counts from the
 * first question of the file.
 */
final class QuestionListYamlReader {

    private final QuestionYamlReader reader;
    private final QuestionRulesYamlReader rules;
    private final YamlProblems problems;
    private final List<Question> questions = new ArrayList<>();
    private final Map<String, Integer> firstLines = new HashMap<>();

    QuestionListYamlReader(QuestionYamlReader reader, QuestionRulesYamlReader rules, YamlProblems problems) {
        this.reader = reader;
        this.rules = rules;
        this.problems = problems;
    }

    /**
     * Reads the list under {@code property} of {@code parent}, which must have one and not an empty one; returns the
     * keys of the questions read from it, in order.
     */
    List<String> read(YamlMapping parent, String property) {
        List<Node> nodes =
                parent.list(property, true).map(SequenceNode::getValue).orElse(List.of());
        if (parent.has(property) && nodes.isEmpty()) {
            problems.error(
                    parent.value(property, true).orElseThrow(), parent.child(property), "add at least one question");
        }
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            YamlMapping.of(
                            nodes.get(i),
                            parent.child(property) + "[" + i + "]",
                            "a question (key, type, label…)",
                            problems)
                    .ifPresent(question -> {
                        checkUniqueKey(question);
                        rules.read(question, questions.size());
                        reader.read(question).ifPresent(q -> {
                            questions.add(q);
                            keys.add(q.key());
                        });
                    });
        }
        return keys;
    }

    /** Every question read so far, in file order. */
    List<Question> questions() {
        return List.copyOf(questions);
    }

    private void checkUniqueKey(YamlMapping question) {
        question.value("key", false).filter(ScalarNode.class::isInstance).ifPresent(node -> {
            String key = ((ScalarNode) node).getValue();
            Integer first = firstLines.putIfAbsent(key, YamlMapping.line(node));
            if (first != null && !key.isBlank()) {
                problems.error(
                        node,
                        question.child("key"),
                        "duplicate question key '" + key + "' (first on line " + first + ")");
            }
        });
    }
}
