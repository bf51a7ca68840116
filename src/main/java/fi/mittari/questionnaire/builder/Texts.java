package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions.FlowStyle;
import org.yaml.snakeyaml.DumperOptions.ScalarStyle;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The translatable texts of a document — {@code label: {fi: …, sv: …, en: …}} and the like — read and written so that
 * an unchanged language keeps its node, and a new text looks like its neighbours: in braces on one line or as a block,
 * quoted or plain, as this document mostly writes that field.
 */
final class Texts {

    /** Which fields of each kind of place hold texts; {@code labels} (a likert's point labels) is a list of texts. */
    static final Map<FieldOrder, List<String>> FIELDS = Map.of(
            FieldOrder.QUESTIONNAIRE, List.of("title", "description"),
            FieldOrder.PAGE, List.of("title", "intro"),
            FieldOrder.QUESTION,
                    List.of("label", "hint", "constraintMessage", "unit", "minLabel", "maxLabel", "labels", "other"),
            FieldOrder.ENTRY, List.of("label"));

    private final DocumentTree tree;

    Texts(DocumentTree tree) {
        this.tree = tree;
    }

    /** A text as written; a bare scalar (a slip the reader reports) counts as the default language's text. */
    Map<Language, String> read(Optional<Node> node) {
        Map<Language, String> values = new EnumMap<>(Language.class);
        if (node.isPresent() && node.get() instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                Optional<Language> language = YamlNodes.text(tuple.getKeyNode()).flatMap(Language::fromCode);
                Optional<String> value = YamlNodes.text(tuple.getValueNode());
                if (language.isPresent() && value.isPresent() && !value.get().isBlank()) {
                    values.put(language.get(), value.get());
                }
            }
        } else if (node.isPresent()
                && node.get() instanceof ScalarNode scalar
                && !scalar.getValue().isBlank()) {
            values.put(
                    Language.fromCode(DocumentTree.scalarOr(tree.root, "defaultLanguage", "fi"))
                            .orElse(Language.FI),
                    scalar.getValue());
        }
        return values;
    }

    /** The text node a field holds; {@code other}'s text is its label, a likert's {@code labels[2]} one of a list. */
    Optional<Node> node(MappingNode holder, String field) {
        Optional<Indexed> indexed = Indexed.of(field);
        if (indexed.isPresent()) {
            return YamlNodes.sequence(holder, indexed.get().field())
                    .map(SequenceNode::getValue)
                    .filter(list -> indexed.get().index() < list.size())
                    .map(list -> list.get(indexed.get().index()));
        }
        if (field.equals("other")) {
            return YamlNodes.mapping(holder, "other").flatMap(other -> YamlNodes.get(other, "label"));
        }
        return YamlNodes.get(holder, field);
    }

    /** Writes a text; blank languages are left out and a text left with none is removed. */
    void write(MappingNode holder, FieldOrder order, String field, Map<Language, String> values) {
        Map<Language, String> wanted = new EnumMap<>(Language.class);
        values.forEach((language, value) -> {
            if (value != null && !value.isBlank()) {
                wanted.put(language, value.strip());
            }
        });
        Optional<Node> existing = node(holder, field);
        if (existing.isPresent() && existing.get() instanceof MappingNode mapping) {
            update(mapping, wanted);
            if (mapping.getValue().isEmpty()) {
                removeText(holder, field);
            }
            return;
        }
        if (existing.isPresent() && read(existing).equals(wanted)) {
            return;
        }
        if (wanted.isEmpty()) {
            if (existing.isPresent()) {
                removeText(holder, field);
            }
            return;
        }
        MappingNode text = YamlNodes.newMapping(writesInBraces(order, field));
        update(text, wanted);
        placeText(holder, order, field, text);
    }

    private void update(MappingNode text, Map<Language, String> wanted) {
        boolean insideFlow = text.getFlowStyle() == FlowStyle.FLOW;
        List<NodeTuple> tuples = text.getValue();
        for (int i = tuples.size() - 1; i >= 0; i--) {
            NodeTuple tuple = tuples.get(i);
            Optional<Language> language = YamlNodes.text(tuple.getKeyNode()).flatMap(Language::fromCode);
            if (language.isEmpty()) {
                continue; // not ours to judge: the reader reports an unknown language
            }
            String value = wanted.get(language.get());
            if (value == null) {
                tuples.remove(i);
            } else if (!(tuple.getValueNode() instanceof ScalarNode old)) {
                tuples.set(i, new NodeTuple(tuple.getKeyNode(), newValue(value, insideFlow)));
            } else if (!old.getValue().strip().equals(value)) {
                tuples.set(i, new NodeTuple(tuple.getKeyNode(), YamlNodes.restyled(old, value, true, insideFlow)));
            }
        }
        wanted.forEach((language, value) -> {
            if (YamlNodes.get(text, language.code()).isEmpty()) {
                YamlNodes.put(text, language.code(), newValue(value, insideFlow), FieldOrder.TEXT);
            }
        });
    }

    private ScalarNode newValue(String value, boolean insideFlow) {
        return YamlNodes.scalar(value, true, insideFlow, quotesTexts());
    }

    private void placeText(MappingNode holder, FieldOrder order, String field, MappingNode text) {
        Optional<Indexed> indexed = Indexed.of(field);
        if (indexed.isPresent()) {
            SequenceNode list = YamlNodes.sequence(holder, indexed.get().field())
                    .orElseGet(() -> {
                        SequenceNode labels = YamlNodes.newSequence(false);
                        YamlNodes.put(holder, indexed.get().field(), labels, order);
                        return labels;
                    });
            while (list.getValue().size() <= indexed.get().index()) {
                list.getValue().add(YamlNodes.newMapping(true));
            }
            list.getValue().set(indexed.get().index(), text);
        } else if (field.equals("other")) {
            MappingNode other = YamlNodes.newMapping(writesInBraces(FieldOrder.QUESTION, "other"));
            YamlNodes.put(other, "label", text, FieldOrder.OTHER);
            YamlNodes.put(holder, "other", other, order);
        } else {
            YamlNodes.put(holder, field, text, order);
        }
    }

    private void removeText(MappingNode holder, String field) {
        Optional<Indexed> indexed = Indexed.of(field);
        if (indexed.isPresent()) {
            YamlNodes.sequence(holder, indexed.get().field())
                    .ifPresent(list -> list.getValue().set(indexed.get().index(), YamlNodes.newMapping(true)));
        } else if (field.equals("other")) {
            YamlNodes.put(holder, "other", YamlNodes.plain("true"), FieldOrder.QUESTION);
        } else {
            YamlNodes.remove(holder, field);
        }
    }

    /** Whether this document mostly quotes its texts ({@code fi: "Kyllä"}); plain when it does not say. */
    boolean quotesTexts() {
        int[] quotedAndPlain = new int[2];
        new TextWalk(tree).forEach((place, order, field, node) -> {
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    if (tuple.getValueNode() instanceof ScalarNode value) {
                        quotedAndPlain[value.getScalarStyle() == ScalarStyle.PLAIN ? 1 : 0]++;
                    }
                }
            }
        });
        return quotedAndPlain[0] > quotedAndPlain[1];
    }

    /**
     * Whether a new text of this field is written in braces on one line, as the document mostly writes the same field;
     * with no example, short texts (choice labels, scale ends, units) are and longer ones are blocks.
     */
    boolean writesInBraces(FieldOrder order, String field) {
        String name = Indexed.of(field).map(Indexed::field).orElse(field);
        int[] flowAndBlock = new int[2];
        new TextWalk(tree).forEach((place, kind, textField, node) -> {
            String textName = Indexed.of(textField).map(Indexed::field).orElse(textField);
            if (kind == order && textName.equals(name) && node instanceof MappingNode mapping) {
                flowAndBlock[mapping.getFlowStyle() == FlowStyle.FLOW ? 0 : 1]++;
            }
        });
        if (flowAndBlock[0] != flowAndBlock[1]) {
            return flowAndBlock[0] > flowAndBlock[1];
        }
        return order == FieldOrder.ENTRY
                || List.of("minLabel", "maxLabel", "unit", "other", "labels").contains(name);
    }

    /** A field written with an index, {@code labels[2]}. */
    record Indexed(String field, int index) {
        static Optional<Indexed> of(String field) {
            int open = field.indexOf('[');
            if (open < 0 || !field.endsWith("]")) {
                return Optional.empty();
            }
            try {
                int index = Integer.parseInt(field.substring(open + 1, field.length() - 1));
                return index < 0 || index > 100
                        ? Optional.empty()
                        : Optional.of(new Indexed(field.substring(0, open), index));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
    }

    static List<String> fieldsOf(FieldOrder order) {
        return new ArrayList<>(FIELDS.getOrDefault(order, List.of()));
    }
}
