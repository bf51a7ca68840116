package fi.mittari.questionnaire.builder;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Visits every translatable text of a document in the order it is written. */
final class TextWalk {

    interface Visitor {
        void text(Place place, FieldOrder order, String field, Node node);
    }

    private final DocumentTree tree;

    TextWalk(DocumentTree tree) {
        this.tree = tree;
    }

    void forEach(Visitor visitor) {
        visit(new Place.Root(), tree.root, FieldOrder.QUESTIONNAIRE, visitor);
        YamlNodes.mapping(tree.root, "choiceLists").ifPresent(lists -> YamlNodes.fieldNames(lists)
                .forEach(name -> entries(new EntryList.SharedList(name), visitor)));
        for (int page = 0; page < tree.pageCount(); page++) {
            int p = page;
            tree.page(page).ifPresent(node -> visit(new Place.PageAt(p), node, FieldOrder.PAGE, visitor));
            int count = tree.questions(page).map(q -> q.getValue().size()).orElse(0);
            for (int index = 0; index < count; index++) {
                Place.QuestionAt at = new Place.QuestionAt(page, index);
                tree.question(at).ifPresent(question -> {
                    visit(at, question, FieldOrder.QUESTION, visitor);
                    entries(new EntryList.Items(at), visitor);
                    entries(new EntryList.Choices(at), visitor);
                });
            }
        }
    }

    private void entries(EntryList list, Visitor visitor) {
        int count =
                tree.entries(list).map(SequenceNode::getValue).map(List::size).orElse(0);
        for (int index = 0; index < count; index++) {
            Place.EntryAt at = new Place.EntryAt(list, index);
            tree.mapping(at).ifPresent(entry -> visit(at, entry, FieldOrder.ENTRY, visitor));
        }
    }

    private static void visit(Place place, MappingNode holder, FieldOrder order, Visitor visitor) {
        for (String field : Texts.fieldsOf(order)) {
            if (field.equals("labels")) {
                List<Node> labels = YamlNodes.sequence(holder, "labels")
                        .map(SequenceNode::getValue)
                        .orElse(List.of());
                for (int i = 0; i < labels.size(); i++) {
                    visitor.text(place, order, "labels[" + i + "]", labels.get(i));
                }
            } else if (field.equals("other")) {
                YamlNodes.mapping(holder, "other")
                        .flatMap(other -> YamlNodes.get(other, "label"))
                        .ifPresent(label -> visitor.text(place, order, field, label));
            } else {
                Optional<Node> node = YamlNodes.get(holder, field);
                node.ifPresent(n -> visitor.text(place, order, field, n));
            }
        }
    }
}
