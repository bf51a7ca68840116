package fi.mittari.questionnaire.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** Small operations on SnakeYAML's node tree that keep every node the edit does not concern exactly as it was. */
final class YamlNodes {

    private static final Resolver RESOLVER = new Resolver();

    /** Characters that cannot start a plain scalar, or that change its meaning there. */
    private static final String INDICATORS = "?:,[]{}#&*!|>'\"%@`";

    private static final Pattern INSIDE_FLOW = Pattern.compile("[,\\[\\]{}?]");

    private YamlNodes() {}

    static Optional<Node> get(MappingNode mapping, String field) {
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(field)) {
                return Optional.of(tuple.getValueNode());
            }
        }
        return Optional.empty();
    }

    static Optional<MappingNode> mapping(MappingNode mapping, String field) {
        return get(mapping, field).filter(MappingNode.class::isInstance).map(MappingNode.class::cast);
    }

    static Optional<SequenceNode> sequence(MappingNode mapping, String field) {
        return get(mapping, field).filter(SequenceNode.class::isInstance).map(SequenceNode.class::cast);
    }

    static Optional<String> text(Node node) {
        return node instanceof ScalarNode scalar ? Optional.of(scalar.getValue()) : Optional.empty();
    }

    static List<String> fieldNames(MappingNode mapping) {
        List<String> names = new ArrayList<>();
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                names.add(key.getValue());
            }
        }
        return names;
    }

    /**
     * Sets a field: an existing field keeps its key node (and the comments on it) and its place; a new one goes where
     * {@code order} puts it among the fields already there.
     */
    static void put(MappingNode mapping, String field, Node value, FieldOrder order) {
        List<NodeTuple> tuples = mapping.getValue();
        for (int i = 0; i < tuples.size(); i++) {
            if (tuples.get(i).getKeyNode() instanceof ScalarNode key
                    && key.getValue().equals(field)) {
                tuples.set(i, new NodeTuple(key, value));
                return;
            }
        }
        tuples.add(order.positionFor(field, fieldNames(mapping)), new NodeTuple(plain(field), value));
    }

    static boolean remove(MappingNode mapping, String field) {
        return mapping.getValue()
                .removeIf(t -> t.getKeyNode() instanceof ScalarNode key
                        && key.getValue().equals(field));
    }

    static MappingNode newMapping(boolean flow) {
        return new MappingNode(Tag.MAP, new ArrayList<>(), flow ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }

    static SequenceNode newSequence(boolean flow) {
        return new SequenceNode(Tag.SEQ, new ArrayList<>(), flow ? FlowStyle.FLOW : FlowStyle.BLOCK);
    }

    static ScalarNode plain(String value) {
        return new ScalarNode(RESOLVER.resolve(NodeId.scalar, value, true), value, null, null, ScalarStyle.PLAIN);
    }

    /**
     * A new scalar as a person would write it: plain where YAML reads it back as the same text (and, for a field that
     * holds words, as a string, so {@code "yes"} and {@code "0"} are quoted), otherwise in double quotes.
     */
    static ScalarNode scalar(String value, boolean holdsWords, boolean insideFlow, boolean preferQuotes) {
        boolean plain = !preferQuotes
                && canBePlain(value, insideFlow)
                && (!holdsWords || RESOLVER.resolve(NodeId.scalar, value, true).equals(Tag.STR));
        return plain ? plain(value) : new ScalarNode(Tag.STR, value, null, null, ScalarStyle.DOUBLE_QUOTED);
    }

    /** The same scalar's new value, in its old style where that style can still hold it. */
    static ScalarNode restyled(ScalarNode old, String value, boolean holdsWords, boolean insideFlow) {
        if (old.getScalarStyle() == ScalarStyle.PLAIN) {
            return scalar(value, holdsWords, insideFlow, false);
        }
        if (old.getScalarStyle() == ScalarStyle.SINGLE_QUOTED && value.indexOf('\n') < 0) {
            return new ScalarNode(Tag.STR, value, null, null, ScalarStyle.SINGLE_QUOTED);
        }
        return new ScalarNode(Tag.STR, value, null, null, ScalarStyle.DOUBLE_QUOTED);
    }

    static boolean canBePlain(String value, boolean insideFlow) {
        if (value.isEmpty()
                || !value.equals(value.strip())
                || value.chars().anyMatch(c -> c < ' ')
                || value.contains(": ")
                || value.contains(" #")
                || value.endsWith(":")) {
            return false;
        }
        char first = value.charAt(0);
        if (INDICATORS.indexOf(first) >= 0) {
            return false;
        }
        if (first == '-' && (value.length() == 1 || !Character.isDigit(value.charAt(1)))) {
            return false;
        }
        return !insideFlow || !INSIDE_FLOW.matcher(value).find();
    }

    /** A deep copy, styles and comments included, for a duplicated question. */
    static Node copy(Node node) {
        Node copy;
        if (node instanceof ScalarNode scalar) {
            copy = new ScalarNode(scalar.getTag(), scalar.getValue(), null, null, scalar.getScalarStyle());
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = new ArrayList<>();
            sequence.getValue().forEach(item -> items.add(copy(item)));
            copy = new SequenceNode(sequence.getTag(), items, sequence.getFlowStyle());
        } else if (node instanceof MappingNode mapping) {
            List<NodeTuple> tuples = new ArrayList<>();
            mapping.getValue().forEach(t -> tuples.add(new NodeTuple(copy(t.getKeyNode()), copy(t.getValueNode()))));
            copy = new MappingNode(mapping.getTag(), tuples, mapping.getFlowStyle());
        } else {
            throw new IllegalArgumentException("not a node of a questionnaire: " + node.getNodeId());
        }
        copy.setBlockComments(node.getBlockComments());
        copy.setInLineComments(node.getInLineComments());
        copy.setEndComments(node.getEndComments());
        return copy;
    }
}
