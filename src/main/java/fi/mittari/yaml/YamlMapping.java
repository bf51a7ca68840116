package fi.mittari.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** One YAML mapping read strictly: typed access to its properties, every problem placed at its node and path. */
public final class YamlMapping {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[-+]?[0-9]{1,9}");

    private final MappingNode node;
    private final String path;
    private final YamlProblems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMapping(MappingNode node, String path, YamlProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                problems.error(tuple.getKeyNode(), path, "expected a property name, found " + kind(tuple.getKeyNode()));
                continue;
            }
            NodeTuple first = entries.putIfAbsent(keyNode.getValue(), tuple);
            if (first != null) {
                problems.error(
                        keyNode,
                        child(keyNode.getValue()),
                        "duplicate property '" + keyNode.getValue() + "' (first on line " + line(first.getKeyNode())
                                + ")");
            }
        }
    }

    /** The node as a mapping, or empty after reporting what was expected there. */
    public static Optional<YamlMapping> of(Node node, String path, String expected, YamlProblems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, path, problems));
        }
        problems.error(node, path, "expected " + expected + ", found " + kind(node));
        return Optional.empty();
    }

    public Node node() {
        return node;
    }

    public String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** The properties in file order, each key paired with its value node. */
    public Map<ScalarNode, Node> properties() {
        Map<ScalarNode, Node> properties = new LinkedHashMap<>();
        entries.values().forEach(tuple -> properties.put((ScalarNode) tuple.getKeyNode(), tuple.getValueNode()));
        return properties;
    }

    /** The properties in the order written. */
    public Map<String, NodeTuple> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    public Optional<Node> value(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.error(node, path, "missing required property '" + key + "'");
            }
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    /** A non-blank single value, exactly as written: an unquoted {@code yes} stays "yes". */
    public Optional<ScalarNode> scalar(String key, boolean required) {
        return value(key, required).flatMap(value -> {
            if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                return Optional.of(scalar);
            }
            problems.error(value, child(key), "expected a single value, found " + kind(value));
            return Optional.empty();
        });
    }

    public Optional<SequenceNode> list(String key, boolean required) {
        return value(key, required).flatMap(value -> {
            if (value instanceof SequenceNode sequence) {
                return Optional.of(sequence);
            }
            problems.error(value, child(key), "expected a list, found " + kind(value));
            return Optional.empty();
        });
    }

    /** Only {@code true} and {@code false}: YAML 1.1's yes/no/on/off are too easy to write by accident. */
    public boolean flag(String key, boolean defaultValue) {
        return scalar(key, false)
                .map(scalar -> switch (scalar.getValue()) {
                    case "true" -> true;
                    case "false" -> false;
                    default -> {
                        problems.error(scalar, child(key), "expected true or false, found '" + scalar.getValue() + "'");
                        yield defaultValue;
                    }
                })
                .orElse(defaultValue);
    }

    /** A whole number; empty when absent or (after reporting it) not a whole number. */
    public Optional<Integer> integer(String key) {
        return scalar(key, false).flatMap(scalar -> {
            if (WHOLE_NUMBER.matcher(scalar.getValue()).matches()) {
                return Optional.of(Integer.parseInt(scalar.getValue()));
            }
            problems.error(scalar, child(key), "expected a whole number, found '" + scalar.getValue() + "'");
            return Optional.empty();
        });
    }

    /**
     * Reports every property outside {@code allowed}: one of {@code foreign} (those of another question type) does not
     * apply to {@code owner}; anything else is unknown, with the nearest allowed name suggested for a typo.
     */
    public void rejectUnknown(List<String> allowed, Set<String> foreign, String owner) {
        properties().keySet().forEach(keyNode -> {
            String key = keyNode.getValue();
            if (allowed.contains(key)) {
                return;
            }
            if (foreign.contains(key)) {
                problems.error(keyNode, child(key), "property '" + key + "' does not apply to " + owner);
                return;
            }
            String suggestion = PropertyNames.closest(key, allowed)
                    .map(k -> "; did you mean '" + k + "'?")
                    .orElse("");
            problems.error(keyNode, child(key), "unknown property '" + key + "'" + suggestion);
        });
    }

    public static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof ScalarNode s && s.getValue().isBlank() ? "nothing" : "a single value";
    }

    public static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }
}
