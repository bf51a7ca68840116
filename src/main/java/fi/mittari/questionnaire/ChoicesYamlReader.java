package fi.mittari.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads the {@code choices} of a choice question: values unique and safe to store, each with a label. */
final class ChoicesYamlReader {

    static final Pattern CHOICE_VALUE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");
    private static final List<String> PROPERTIES = List.of("value", "label");

    private final LocalizedTextReader texts;
    private final YamlProblems problems;

    ChoicesYamlReader(LocalizedTextReader texts, YamlProblems problems) {
        this.texts = texts;
        this.problems = problems;
    }

    List<Choice> read(YamlMapping question) {
        Optional<SequenceNode> list = question.list("choices", true);
        List<Node> nodes = list.map(SequenceNode::getValue).orElse(List.of());
        if (list.isPresent() && nodes.isEmpty()) {
            problems.error(list.get(), question.child("choices"), "add at least one choice");
        }
        List<Choice> choices = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = question.child("choices") + "[" + i + "]";
            YamlMapping.of(nodes.get(i), path, "a choice with a value and a label", problems)
                    .ifPresent(choice -> choices.add(choice(choice, firstLines)));
        }
        return choices;
    }

    private Choice choice(YamlMapping choice, Map<String, Integer> firstLines) {
        choice.rejectUnknown(PROPERTIES, Set.of(), "a choice");
        Optional<ScalarNode> valueNode = choice.scalar("value", true);
        LocalizedText label = texts.read(choice, "label", true);
        valueNode.ifPresent(node -> check(node, choice.child("value"), firstLines));
        return new Choice(valueNode.map(ScalarNode::getValue).orElse(""), label);
    }

    private void check(ScalarNode node, String path, Map<String, Integer> firstLines) {
        String value = node.getValue();
        if (!CHOICE_VALUE.matcher(value).matches()) {
            problems.error(
                    node,
                    path,
                    "value '" + value + "' must be lowercase letters, digits, hyphens and"
                            + " underscores, starting with a letter or digit (at most 64 characters)");
        }
        Integer first = firstLines.putIfAbsent(value, YamlMapping.line(node));
        if (first != null) {
            problems.error(node, path, "duplicate choice value '" + value + "' (first on line " + first + ")");
        }
    }
}
