package fi.mittari.questionnaire;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
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
    private static final List<String> PROPERTIES = List.of("value", "label", "exclusive", "attributes");
    private static final Pattern ATTRIBUTE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final int MAX_ATTRIBUTE_LENGTH = 200;

    private final LocalizedTextReader texts;
    private final YamlProblems problems;
    private final Map<String, List<Choice>> shared = new java.util.LinkedHashMap<>();
    private final CodeListChoicesYamlReader codeLists;

    ChoicesYamlReader(LocalizedTextReader texts, CodeListSnapshot codeLists, YamlProblems problems) {
        this.texts = texts;
        this.problems = problems;
        this.codeLists = new CodeListChoicesYamlReader(codeLists, problems);
    }

    /** The choices of a single or multiple choice question: as {@link #read}, or from a code list (choicesFrom). */
    List<Choice> readOwnOrListed(YamlMapping question) {
        return question.has(CodeListChoicesYamlReader.PROPERTY) ? codeLists.read(question) : read(question);
    }

    /** The question's choices: written in place, or the name of a list under the questionnaire's choiceLists. */
    List<Choice> read(YamlMapping question) {
        Optional<Node> written = question.value("choices", true);
        if (written.isPresent() && written.get() instanceof ScalarNode name) {
            List<Choice> listed = shared.get(name.getValue());
            if (listed == null) {
                problems.error(
                        name,
                        question.child("choices"),
                        "no choice list named '" + name.getValue() + "'"
                                + (shared.isEmpty()
                                        ? "; define it under choiceLists"
                                        : "; lists are " + String.join(", ", shared.keySet())));
                return List.of();
            }
            return listed;
        }
        if (written.isEmpty()) {
            return List.of(); // already reported as missing
        }
        if (!(written.get() instanceof SequenceNode inPlace)) {
            problems.error(
                    written.get(),
                    question.child("choices"),
                    "expected a list of choices or the name of a" + " choice list, found "
                            + YamlMapping.kind(written.get()));
            return List.of();
        }
        return list(Optional.of(inPlace), question.child("choices"));
    }

    /** Reads the questionnaire's named choice lists, which questions refer to by name. */
    void readShared(YamlMapping root) {
        root.value("choiceLists", false)
                .flatMap(node ->
                        YamlMapping.of(node, "choiceLists", "choice lists by name, like regions: [...]", problems))
                .ifPresent(lists -> lists.entries()
                        .forEach((name, tuple) -> shared.put(name, list(lists.list(name, true), lists.child(name)))));
    }

    private List<Choice> list(Optional<SequenceNode> list, String listPath) {
        List<Node> nodes = list.map(SequenceNode::getValue).orElse(List.of());
        if (list.isPresent() && nodes.isEmpty()) {
            problems.error(list.get(), listPath, "add at least one choice");
        }
        List<Choice> choices = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = listPath + "[" + i + "]";
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
        return new Choice(
                valueNode.map(ScalarNode::getValue).orElse(""),
                label,
                choice.flag("exclusive", false),
                false,
                attributes(choice));
    }

    /** The texts a choice filter may compare with: {@code attributes: {region: uusimaa}}. */
    private Map<String, String> attributes(YamlMapping choice) {
        Map<String, String> attributes = new java.util.LinkedHashMap<>();
        choice.value("attributes", false)
                .flatMap(node -> YamlMapping.of(
                        node, choice.child("attributes"), "attributes by name, like {region: uusimaa}", problems))
                .ifPresent(written -> written.entries().forEach((name, tuple) -> {
                    Node value = tuple.getValueNode();
                    String path = written.child(name);
                    if (name.equals(Choice.VALUE_ATTRIBUTE)
                            || !ATTRIBUTE_NAME.matcher(name).matches()) {
                        problems.error(
                                tuple.getKeyNode(),
                                path,
                                "attribute name '" + name + "' must be lowercase letters, digits and underscores,"
                                        + " starting with a letter, and not 'value' (the choice's own value)");
                    } else if (!(value instanceof ScalarNode scalar)) {
                        problems.error(value, path, "an attribute is one text, found " + YamlMapping.kind(value));
                    } else if (scalar.getValue().length() > MAX_ATTRIBUTE_LENGTH) {
                        problems.error(value, path, "an attribute is at most " + MAX_ATTRIBUTE_LENGTH + " characters");
                    } else {
                        attributes.put(name, scalar.getValue());
                    }
                }));
        return attributes;
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
