package fi.mittari.questionnaire.builder;

import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The one-line fields of a document ({@code key}, {@code min}, {@code relevant}…), read as text and written so that an
 * unchanged value keeps its node and style, and a word YAML would read as a number or yes/no is quoted.
 */
final class Scalars {

    /** Field values that are words, never numbers or yes/no: written in quotes where YAML would read them otherwise. */
    private static final Set<String> WORD_FIELDS = Set.of(
            "key",
            "type",
            "concept",
            "relevant",
            "constraint",
            "appearance",
            "choicesFrom",
            "choices",
            "value",
            "defaultLanguage");

    private final DocumentTree tree;

    Scalars(DocumentTree tree) {
        this.tree = tree;
    }

    Optional<String> read(Place place, String field) {
        return tree.mapping(place)
                .flatMap(holder -> YamlNodes.get(holder, field))
                .flatMap(YamlNodes::text);
    }

    /** A blank value removes the field, an unchanged one leaves the text as it was. */
    void write(Place place, String field, String value) {
        MappingNode holder = tree.require(place);
        if (value == null || value.isBlank()) {
            YamlNodes.remove(holder, field);
            return;
        }
        String wanted = value.strip();
        boolean words = WORD_FIELDS.contains(field);
        boolean insideFlow = holder.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        Optional<Node> existing = YamlNodes.get(holder, field);
        if (existing.isPresent() && existing.get() instanceof ScalarNode old) {
            if (!old.getValue().equals(wanted)) {
                YamlNodes.put(
                        holder, field, YamlNodes.restyled(old, wanted, words, insideFlow), DocumentTree.orderOf(place));
            }
            return;
        }
        YamlNodes.put(holder, field, YamlNodes.scalar(wanted, words, insideFlow, false), DocumentTree.orderOf(place));
    }
}
