package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.Language;
import fi.mittari.yaml.SafeYamlParser;
import fi.mittari.yaml.YamlProblems;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Adding, moving, duplicating and removing pages and questions; each move keeps the moved nodes as they were. */
final class Structure {

    private final DocumentTree tree;
    private final Texts texts;

    Structure(DocumentTree tree, Texts texts) {
        this.tree = tree;
        this.texts = texts;
    }

    Place.PageAt addPage(int at, String key, Map<Language, String> title) {
        SequenceNode pages = pagesToFill();
        MappingNode page = YamlNodes.newMapping(false);
        YamlNodes.put(page, "key", YamlNodes.scalar(key, true, false, false), FieldOrder.PAGE);
        texts.write(page, FieldOrder.PAGE, "title", title);
        int position = clamp(at, pages.getValue().size());
        pages.getValue().add(position, page);
        return new Place.PageAt(position);
    }

    void movePage(int page, int delta) {
        move(tree.pageNodes(), page, delta);
    }

    void removePage(int page) {
        List<Node> pages = tree.pageNodes();
        if (page >= 0 && page < pages.size()) {
            pages.remove(page);
        }
    }

    Place.QuestionAt addQuestion(int page, int at, String type, String key, Map<Language, String> label) {
        MappingNode question = YamlNodes.newMapping(false);
        YamlNodes.put(question, "key", YamlNodes.scalar(uniqueKey(key), true, false, false), FieldOrder.QUESTION);
        YamlNodes.put(question, "type", YamlNodes.scalar(type, true, false, false), FieldOrder.QUESTION);
        texts.write(question, FieldOrder.QUESTION, "label", label);
        return insert(page, at, question);
    }

    Place.QuestionAt insertQuestion(int page, int at, String questionYaml) {
        YamlProblems problems = new YamlProblems("question");
        Optional<Node> parsed = new SafeYamlParser().parseKeepingComments(questionYaml, problems);
        if (parsed.isEmpty() || !(parsed.get() instanceof MappingNode question)) {
            throw new IllegalArgumentException("not a question: " + problems.all());
        }
        String key = DocumentTree.scalarOr(question, "key", "question");
        YamlNodes.put(question, "key", YamlNodes.scalar(uniqueKey(key), true, false, false), FieldOrder.QUESTION);
        return insert(page, at, question);
    }

    Place.QuestionAt moveQuestion(Place.QuestionAt at, int delta) {
        List<Node> list = tree.questions(at.page()).map(SequenceNode::getValue).orElse(List.of());
        if (at.index() < 0 || at.index() >= list.size() || delta == 0) {
            return at;
        }
        int target = at.index() + Integer.signum(delta);
        if (target >= 0 && target < list.size()) {
            move(list, at.index(), delta);
            return new Place.QuestionAt(at.page(), target);
        }
        int page = at.page() + Integer.signum(delta);
        if (page < 0 || page >= tree.pageCount()) {
            return at;
        }
        Node question = list.remove(at.index());
        dropEmptyQuestionList(at.page());
        List<Node> other = tree.questionsToFill(page).getValue();
        int position = delta < 0 ? other.size() : 0;
        other.add(position, question);
        return new Place.QuestionAt(page, position);
    }

    Place.QuestionAt duplicateQuestion(Place.QuestionAt at) {
        MappingNode copy = (MappingNode) YamlNodes.copy(tree.require(at));
        String key = DocumentTree.scalarOr(copy, "key", "question");
        YamlNodes.put(copy, "key", YamlNodes.scalar(uniqueKey(key), true, false, false), FieldOrder.QUESTION);
        return insert(at.page(), at.index() + 1, copy);
    }

    void removeQuestion(Place.QuestionAt at) {
        tree.require(at);
        tree.questions(at.page()).orElseThrow().getValue().remove(at.index());
        dropEmptyQuestionList(at.page());
    }

    /** {@code base} if no question has it, else {@code base_2}, {@code base_3}… (an earlier number is dropped first). */
    String uniqueKey(String base) {
        Set<String> used = new HashSet<>();
        for (int page = 0; page < tree.pageCount(); page++) {
            tree.questions(page).ifPresent(list -> list.getValue().forEach(q -> {
                if (q instanceof MappingNode mapping) {
                    used.add(DocumentTree.scalarOr(mapping, "key", ""));
                }
            }));
        }
        if (!used.contains(base)) {
            return base;
        }
        String stem = base.replaceFirst("_\\d+$", "");
        int number = 2;
        while (used.contains(stem + "_" + number)) {
            number++;
        }
        return stem + "_" + number;
    }

    private Place.QuestionAt insert(int page, int at, MappingNode question) {
        List<Node> list = tree.questionsToFill(page).getValue();
        int position = clamp(at, list.size());
        list.add(position, question);
        return new Place.QuestionAt(page, position);
    }

    /** A page left without questions loses its {@code questions:} rather than keep an empty {@code []}. */
    private void dropEmptyQuestionList(int page) {
        if (tree.questions(page).map(list -> list.getValue().isEmpty()).orElse(false)) {
            YamlNodes.remove(tree.paged() ? tree.page(page).orElseThrow() : tree.root, "questions");
        }
    }

    /**
     * The document's pages, made when it has none: its questions, if any, become the first page (its key {@code
     * page_1}, its title still to be written), and {@code pages:} takes the place of {@code questions:}.
     */
    private SequenceNode pagesToFill() {
        Optional<SequenceNode> pages = YamlNodes.sequence(tree.root, "pages");
        if (pages.isPresent()) {
            return pages.get();
        }
        SequenceNode list = YamlNodes.newSequence(false);
        List<NodeTuple> fields = tree.root.getValue();
        for (int i = 0; i < fields.size(); i++) {
            NodeTuple field = fields.get(i);
            if (field.getKeyNode() instanceof ScalarNode key && key.getValue().equals("questions")) {
                MappingNode first = YamlNodes.newMapping(false);
                YamlNodes.put(first, "key", YamlNodes.plain("page_1"), FieldOrder.PAGE);
                YamlNodes.put(first, "questions", field.getValueNode(), FieldOrder.PAGE);
                list.getValue().add(first);
                ScalarNode pagesKey = YamlNodes.plain("pages");
                pagesKey.setBlockComments(key.getBlockComments());
                fields.set(i, new NodeTuple(pagesKey, list));
                return list;
            }
        }
        YamlNodes.put(tree.root, "pages", list, FieldOrder.QUESTIONNAIRE);
        return list;
    }

    private static void move(List<Node> list, int index, int delta) {
        int target = index + Integer.signum(delta);
        if (index >= 0 && index < list.size() && target >= 0 && target < list.size()) {
            list.add(target, list.remove(index));
        }
    }

    private static int clamp(int at, int size) {
        return Math.max(0, Math.min(at, size));
    }
}
