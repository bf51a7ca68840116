package fi.mittari.definition;

import fi.mittari.yaml.SafeYamlParser;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Cuts a file of several definitions into one text per definition, each a file of its own with one list entry, as
 * written: indentation, comments inside and just above the entry are kept. Plain Java; for files the reader accepted.
 */
final class DefinitionEntries {

    /** One definition's code and its text ({@code indicators:} and the one entry). */
    record Entry(String code, String yaml) {}

    private DefinitionEntries() {}

    static List<Entry> of(DefinitionKind kind, String fileText) {
        YamlProblems problems = new YamlProblems("entries");
        Optional<Node> root = new SafeYamlParser().parse(fileText, problems);
        if (root.isEmpty() || !(root.get() instanceof MappingNode mapping)) {
            return List.of();
        }
        Optional<SequenceNode> list = mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode key
                        && key.getValue().equals(kind.listKey()))
                .map(NodeTuple::getValueNode)
                .filter(SequenceNode.class::isInstance)
                .map(SequenceNode.class::cast)
                .findFirst();
        if (list.isEmpty()) {
            return List.of();
        }
        String[] lines = fileText.split("\n", -1);
        List<Entry> entries = new ArrayList<>();
        int from = list.get().getFlowStyle() == DumperOptions.FlowStyle.FLOW
                ? -1
                : list.get().getStartMark().getLine(); // 0-based first line the first entry may take
        for (Node item : list.get().getValue()) {
            int to = lastLine(item);
            Optional<String> code = code(item);
            if (from < 0 || code.isEmpty()) {
                return List.of(); // a flow list or an entry without code: not cut, the reader will have refused it
            }
            entries.add(new Entry(code.get(), text(kind, lines, from, to)));
            from = to + 1;
        }
        return entries;
    }

    private static String text(DefinitionKind kind, String[] lines, int from, int to) {
        StringBuilder text = new StringBuilder(kind.listKey()).append(":\n");
        int first = from;
        while (first < to && lines[first].isBlank()) {
            first++;
        }
        for (int line = first; line <= to; line++) {
            text.append(lines[line].stripTrailing()).append('\n');
        }
        return text.toString();
    }

    private static Optional<String> code(Node item) {
        if (!(item instanceof MappingNode mapping)) {
            return Optional.empty();
        }
        return mapping.getValue().stream()
                .filter(t -> t.getKeyNode() instanceof ScalarNode key
                        && key.getValue().equals("code"))
                .map(NodeTuple::getValueNode)
                .filter(ScalarNode.class::isInstance)
                .map(node -> ((ScalarNode) node).getValue().strip())
                .findFirst();
    }

    /** The 0-based last line a node's own text takes (a block node ends where its last value does). */
    private static int lastLine(Node node) {
        if (node instanceof MappingNode mapping
                && mapping.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                && !mapping.getValue().isEmpty()) {
            return lastLine(
                    mapping.getValue().get(mapping.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode sequence
                && sequence.getFlowStyle() == DumperOptions.FlowStyle.BLOCK
                && !sequence.getValue().isEmpty()) {
            return lastLine(sequence.getValue().get(sequence.getValue().size() - 1));
        }
        var end = node.getEndMark();
        // a block scalar (| or >) ends at the start of the line after it
        return end.getColumn() == 0 && end.getLine() > node.getStartMark().getLine()
                ? end.getLine() - 1
                : end.getLine();
    }
}
