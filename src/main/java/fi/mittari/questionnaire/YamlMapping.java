package fi.mittari.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** One YAML mapping read strictly: typed access to its properties, and every problem placed at its node. */
final class YamlMapping {

    private final MappingNode node;
    private final String path;
    private final YamlProblems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMapping(MappingNode node, String path, YamlProblems problems) {
        this.node = node;
        this.path = path;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            if (entries.containsKey(key)) {
                problems.error(tuple.getKeyNode(), child(key), "duplicate property '" + key + "' (first on line "
                        + (entries.get(key).getKeyNode().getStartMark().getLine() + 1) + ")");
            } else {
                entries.put(key, tuple);
            }
        }
    }

    /** The node as a mapping, or empty after reporting what was expected. */
    static Optional<YamlMapping> of(Node node, String path, String expected, YamlProblems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMapping(mapping, path, problems));
        }
        problems.error(node, path, "expected " + expected + ", found " + kind(node));
        return Optional.empty();
    }

    Node node() {
        return node;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> value(String key, boolean required) {
        NodeTuple tuple = entries.get(key);
        if (tuple == null) {
            if (required) {
                problems.error(node, path, "missing required property '" + key + "'");
            }
            return Optional.empty();
        }
        return Optional.of(tuple.getValueNode());
    }

    Optional<String> text(String key, boolean required) {
        return value(key, required).flatMap(v -> {
            if (v instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                return Optional.of(scalar.getValue().strip());
            }
            problems.error(v, child(key), "expected a value, found " + kind(v));
            return Optional.empty();
        });
    }

    Optional<List<Node>> list(String key, boolean required) {
        return value(key, required).flatMap(v -> {
            if (v instanceof SequenceNode sequence) {
                return Optional.of(sequence.getValue());
            }
            problems.error(v, child(key), "expected a list, found " + kind(v));
            return Optional.empty();
        });
    }

    boolean flag(String key, boolean defaultValue) {
        return text(key, false).map(v -> {
            if (v.equals("true") || v.equals("false")) {
                return Boolean.parseBoolean(v);
            }
            problems.error(entries.get(key).getValueNode(), child(key), "expected true or false, found '" + v + "'");
            return defaultValue;
        }).orElse(defaultValue);
    }

    Optional<Integer> integer(String key) {
        return text(key, false).flatMap(v -> {
            try {
                return Optional.of(Integer.parseInt(v));
            } catch (NumberFormatException e) {
                problems.error(entries.get(key).getValueNode(), child(key), "expected a whole number, found '" + v + "'");
                return Optional.empty();
            }
        });
    }

    /** Reports properties outside {@code allowed}: those of another question type, or typos with a suggestion. */
    void rejectUnknown(Set<String> allowed, Set<String> otherTypes, String typeName) {
        for (NodeTuple tuple : entries.values()) {
            String key = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?";
            if (allowed.contains(key)) {
                continue;
            }
            if (otherTypes.contains(key)) {
                problems.error(tuple.getKeyNode(), child(key), "property '" + key + "' does not apply to a "
                        + typeName);
                continue;
            }
            String suggestion = allowed.stream().filter(k -> distance(k, key) <= 2).findFirst()
                    .map(k -> "; did you mean '" + k + "'?").orElse("");
            problems.error(tuple.getKeyNode(), child(key), "unknown property '" + key + "'" + suggestion);
        }
    }

    static String kind(Node node) {
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        return node instanceof ScalarNode s && s.getValue().isBlank() ? "nothing" : "a single value";
    }

    /** Levenshtein distance: small enough strings that the quadratic table is no concern. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                } else {
                    int substitution = d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                    d[i][j] = Math.min(substitution, Math.min(d[i - 1][j], d[i][j - 1]) + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
