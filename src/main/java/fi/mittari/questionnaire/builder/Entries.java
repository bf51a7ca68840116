package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Choices, matrix items and shared choice lists, and a question's "other". */
final class Entries {

    private final DocumentTree tree;
    private final Texts texts;

    Entries(DocumentTree tree, Texts texts) {
        this.tree = tree;
        this.texts = texts;
    }

    List<Entry> of(EntryList list) {
        List<Node> nodes = tree.entries(list).map(SequenceNode::getValue).orElse(List.of());
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof MappingNode entry) {
                entries.add(new Entry(
                        new Place.EntryAt(list, i),
                        DocumentTree.scalarOr(entry, list.identifyingField(), ""),
                        texts.read(YamlNodes.get(entry, "label")),
                        DocumentTree.scalarOr(entry, "exclusive", "false").equals("true")));
            }
        }
        return entries;
    }

    Place.EntryAt add(EntryList list, int at, String value, Map<Language, String> label) {
        List<Node> nodes = listToFill(list).getValue();
        MappingNode entry = YamlNodes.newMapping(writesEntriesInBraces());
        boolean insideFlow = entry.getFlowStyle() == FlowStyle.FLOW;
        YamlNodes.put(
                entry, list.identifyingField(), YamlNodes.scalar(value, true, insideFlow, false), FieldOrder.ENTRY);
        texts.write(entry, FieldOrder.ENTRY, "label", label);
        int position = Math.max(0, Math.min(at, nodes.size()));
        nodes.add(position, entry);
        return new Place.EntryAt(list, position);
    }

    Place.EntryAt move(Place.EntryAt at, int delta) {
        List<Node> nodes = tree.entries(at.list()).map(SequenceNode::getValue).orElse(List.of());
        int target = at.index() + Integer.signum(delta);
        if (at.index() < 0 || at.index() >= nodes.size() || target < 0 || target >= nodes.size()) {
            return at;
        }
        nodes.add(target, nodes.remove(at.index()));
        return new Place.EntryAt(at.list(), target);
    }

    /** Removes an entry; a list left empty goes too (and {@code choiceLists:} when it holds no list). */
    void remove(Place.EntryAt at) {
        tree.require(at);
        SequenceNode list = tree.entries(at.list()).orElseThrow();
        list.getValue().remove(at.index());
        if (list.getValue().isEmpty()) {
            MappingNode holder = tree.holder(at.list()).orElseThrow();
            YamlNodes.remove(holder, at.list().field());
            if (at.list() instanceof EntryList.SharedList && holder.getValue().isEmpty()) {
                YamlNodes.remove(tree.root, "choiceLists");
            }
        }
    }

    List<String> sharedLists() {
        return YamlNodes.mapping(tree.root, "choiceLists")
                .map(YamlNodes::fieldNames)
                .orElse(List.of());
    }

    Optional<Map<Language, String>> other(Place.QuestionAt at) {
        Optional<Node> other = YamlNodes.get(tree.require(at), "other");
        if (other.isEmpty()) {
            return Optional.empty();
        }
        if (other.get() instanceof ScalarNode flag) {
            return flag.getValue().equals("true") ? Optional.of(Map.of()) : Optional.empty();
        }
        return Optional.of(texts.read(texts.node(tree.require(at), "other")));
    }

    /** "Other" on with a label, on without one ({@code other: true}), or off. */
    void setOther(Place.QuestionAt at, boolean on, Map<Language, String> label) {
        MappingNode question = tree.require(at);
        if (!on) {
            YamlNodes.remove(question, "other");
            return;
        }
        boolean hasLabel = label.values().stream().anyMatch(v -> v != null && !v.isBlank());
        if (hasLabel) {
            texts.write(question, FieldOrder.QUESTION, "other", label);
        } else if (!(YamlNodes.get(question, "other").orElse(null) instanceof ScalarNode flag
                && flag.getValue().equals("true"))) {
            YamlNodes.put(question, "other", YamlNodes.plain("true"), FieldOrder.QUESTION);
        }
    }

    private SequenceNode listToFill(EntryList list) {
        Optional<SequenceNode> existing = tree.entries(list);
        if (existing.isPresent()) {
            return existing.get();
        }
        MappingNode holder;
        if (list.question().isPresent()) {
            holder = tree.require(list.question().get());
            if (YamlNodes.get(holder, list.field()).isPresent()) {
                throw new IllegalStateException("the question's choices name a shared list; write its own first");
            }
        } else {
            holder = YamlNodes.mapping(tree.root, "choiceLists").orElseGet(() -> {
                MappingNode lists = YamlNodes.newMapping(false);
                YamlNodes.put(tree.root, "choiceLists", lists, FieldOrder.QUESTIONNAIRE);
                return lists;
            });
        }
        SequenceNode created = YamlNodes.newSequence(false);
        YamlNodes.put(holder, list.field(), created, FieldOrder.QUESTION);
        return created;
    }

    /** Whether this document writes its choices on one line each, {@code - {value: …, label: …}}; so when it has none. */
    private boolean writesEntriesInBraces() {
        int[] flowAndBlock = new int[2];
        new TextWalk(tree).forEach((place, order, field, node) -> {
            if (place instanceof Place.EntryAt entry && field.equals("label")) {
                tree.mapping(entry).ifPresent(e -> flowAndBlock[e.getFlowStyle() == FlowStyle.FLOW ? 0 : 1]++);
            }
        });
        return flowAndBlock[0] >= flowAndBlock[1];
    }
}
