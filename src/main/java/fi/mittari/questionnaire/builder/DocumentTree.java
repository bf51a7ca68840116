package fi.mittari.questionnaire.builder;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the mapping a {@link Place} names in the node tree. A document is either paged ({@code pages:}, each with its
 * {@code questions:}) or has one implicit page ({@code questions:} at the top); both are addressed by page and index.
 */
final class DocumentTree {

    final MappingNode root;

    DocumentTree(MappingNode root) {
        this.root = root;
    }

    boolean paged() {
        return YamlNodes.get(root, "pages").isPresent();
    }

    List<Node> pageNodes() {
        return YamlNodes.sequence(root, "pages").map(SequenceNode::getValue).orElse(List.of());
    }

    int pageCount() {
        return paged() ? pageNodes().size() : 1;
    }

    Optional<MappingNode> page(int page) {
        if (!paged()) {
            return Optional.empty();
        }
        List<Node> pages = pageNodes();
        return page >= 0 && page < pages.size() && pages.get(page) instanceof MappingNode mapping
                ? Optional.of(mapping)
                : Optional.empty();
    }

    /** The question list of a page; empty when the page has none yet. */
    Optional<SequenceNode> questions(int page) {
        if (!paged()) {
            return page == 0 ? YamlNodes.sequence(root, "questions") : Optional.empty();
        }
        return page(page).flatMap(p -> YamlNodes.sequence(p, "questions"));
    }

    /** The question list of a page, made when missing. */
    SequenceNode questionsToFill(int page) {
        MappingNode holder = paged() ? page(page).orElseThrow(() -> noSuch(new Place.PageAt(page))) : root;
        return YamlNodes.sequence(holder, "questions").orElseGet(() -> {
            SequenceNode list = YamlNodes.newSequence(false);
            YamlNodes.put(holder, "questions", list, paged() ? FieldOrder.PAGE : FieldOrder.QUESTIONNAIRE);
            return list;
        });
    }

    Optional<MappingNode> question(Place.QuestionAt at) {
        return questions(at.page())
                .map(SequenceNode::getValue)
                .filter(list -> at.index() >= 0 && at.index() < list.size())
                .map(list -> list.get(at.index()))
                .filter(MappingNode.class::isInstance)
                .map(MappingNode.class::cast);
    }

    /** The mapping that holds a list: its question, or {@code choiceLists}. */
    Optional<MappingNode> holder(EntryList list) {
        return list.question().isPresent() ? question(list.question().get()) : YamlNodes.mapping(root, "choiceLists");
    }

    Optional<SequenceNode> entries(EntryList list) {
        return holder(list).flatMap(holder -> YamlNodes.sequence(holder, list.field()));
    }

    Optional<MappingNode> mapping(Place place) {
        return place.match(new Place.Cases<>() {
            @Override
            public Optional<MappingNode> root() {
                return Optional.of(root);
            }

            @Override
            public Optional<MappingNode> page(Place.PageAt page) {
                return DocumentTree.this.page(page.page());
            }

            @Override
            public Optional<MappingNode> question(Place.QuestionAt question) {
                return DocumentTree.this.question(question);
            }

            @Override
            public Optional<MappingNode> entry(Place.EntryAt entry) {
                return entries(entry.list())
                        .map(SequenceNode::getValue)
                        .filter(items -> entry.index() >= 0 && entry.index() < items.size())
                        .map(items -> items.get(entry.index()))
                        .filter(MappingNode.class::isInstance)
                        .map(MappingNode.class::cast);
            }
        });
    }

    MappingNode require(Place place) {
        return mapping(place).orElseThrow(() -> noSuch(place));
    }

    static FieldOrder orderOf(Place place) {
        return place.match(new Place.Cases<>() {
            @Override
            public FieldOrder root() {
                return FieldOrder.QUESTIONNAIRE;
            }

            @Override
            public FieldOrder page(Place.PageAt page) {
                return FieldOrder.PAGE;
            }

            @Override
            public FieldOrder question(Place.QuestionAt question) {
                return FieldOrder.QUESTION;
            }

            @Override
            public FieldOrder entry(Place.EntryAt entry) {
                return FieldOrder.ENTRY;
            }
        });
    }

    static String scalarOr(MappingNode mapping, String field, String otherwise) {
        return YamlNodes.get(mapping, field)
                .filter(ScalarNode.class::isInstance)
                .map(n -> ((ScalarNode) n).getValue())
                .orElse(otherwise);
    }

    static IllegalArgumentException noSuch(Place place) {
        return new IllegalArgumentException("the questionnaire has no " + place);
    }
}
