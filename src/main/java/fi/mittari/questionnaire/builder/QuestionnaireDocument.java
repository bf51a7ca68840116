package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A questionnaire's YAML text as a tree the builder edits, which writes back exactly the text it read: comments,
 * quoting, the order of fields and one-line or block texts are kept wherever an edit does not reach, and what an edit
 * adds looks like what the document already holds. It judges nothing: a draft may lack labels or repeat a key at any
 * step, and the questionnaire reader says what is wrong when the text is saved.
 */
public final class QuestionnaireDocument {

    private final DocumentTree tree;
    private final Scalars scalars;
    private final Texts texts;
    private final Structure structure;
    private final Entries entries;

    QuestionnaireDocument(MappingNode root) {
        this.tree = new DocumentTree(root);
        this.scalars = new Scalars(tree);
        this.texts = new Texts(tree);
        this.structure = new Structure(tree, texts);
        this.entries = new Entries(tree, texts);
    }

    /** Reads a questionnaire's text; anything but a YAML mapping within the size and nesting limits is unreadable. */
    public static DocumentReading read(String yaml) {
        return DocumentYaml.read(yaml);
    }

    /** A new questionnaire with its key, languages and title, and no questions yet. */
    public static QuestionnaireDocument start(
            String key, Language defaultLanguage, List<Language> languages, Map<Language, String> title) {
        QuestionnaireDocument document = new QuestionnaireDocument(YamlNodes.newMapping(false));
        document.setKey(key);
        document.setLanguages(defaultLanguage, languages);
        document.setText(new Place.Root(), "title", title);
        return document;
    }

    /** The text to store: two-space indents, list dashes indented under their field, no line ever folded. */
    public String yaml() {
        return DocumentYaml.write(tree.root);
    }

    public QuestionnaireDocument copy() {
        return ((DocumentReading.Read) read(yaml())).document();
    }

    public Optional<String> key() {
        return scalar(new Place.Root(), "key");
    }

    public void setKey(String key) {
        setScalar(new Place.Root(), "key", key);
    }

    /** The declared default language; Finnish when it is missing or not one Mittari speaks. */
    public Language defaultLanguage() {
        return scalar(new Place.Root(), "defaultLanguage")
                .flatMap(Language::fromCode)
                .orElse(Language.FI);
    }

    /** The declared languages in their written order; the default language alone when none are declared. */
    public List<Language> languages() {
        List<Language> languages = new ArrayList<>();
        YamlNodes.sequence(tree.root, "languages")
                .ifPresent(list -> list.getValue().forEach(item -> YamlNodes.text(item)
                        .flatMap(Language::fromCode)
                        .filter(language -> !languages.contains(language))
                        .ifPresent(languages::add)));
        return languages.isEmpty() ? List.of(defaultLanguage()) : List.copyOf(languages);
    }

    public void setLanguages(Language defaultLanguage, List<Language> languages) {
        setScalar(new Place.Root(), "defaultLanguage", defaultLanguage.code());
        if (YamlNodes.get(tree.root, "languages").isPresent() && languages().equals(languages)) {
            return;
        }
        SequenceNode list = YamlNodes.newSequence(true);
        languages.forEach(language -> list.getValue().add(YamlNodes.plain(language.code())));
        YamlNodes.put(tree.root, "languages", list, FieldOrder.QUESTIONNAIRE);
    }

    /** Whether the questionnaire is written in pages; otherwise its questions form one page without a title. */
    public boolean paged() {
        return tree.paged();
    }

    public List<PageOutline> outline() {
        List<PageOutline> pages = new ArrayList<>();
        for (int page = 0; page < tree.pageCount(); page++) {
            List<QuestionOutline> questions = new ArrayList<>();
            List<Node> nodes = tree.questions(page).map(SequenceNode::getValue).orElse(List.of());
            for (int index = 0; index < nodes.size(); index++) {
                MappingNode question =
                        nodes.get(index) instanceof MappingNode mapping ? mapping : YamlNodes.newMapping(false);
                questions.add(new QuestionOutline(
                        new Place.QuestionAt(page, index),
                        DocumentTree.scalarOr(question, "key", ""),
                        DocumentTree.scalarOr(question, "type", ""),
                        texts.read(YamlNodes.get(question, "label"))));
            }
            Optional<MappingNode> node = tree.page(page);
            pages.add(new PageOutline(
                    new Place.PageAt(page),
                    node.map(p -> DocumentTree.scalarOr(p, "key", "")).filter(k -> !k.isEmpty()),
                    node.map(p -> texts.read(YamlNodes.get(p, "title"))).orElse(Map.of()),
                    questions));
        }
        return pages;
    }

    public Optional<String> scalar(Place place, String field) {
        return scalars.read(place, field);
    }

    /** Sets a scalar field; a blank value removes it, an unchanged one leaves the text as it was. */
    public void setScalar(Place place, String field, String value) {
        scalars.write(place, field, value);
    }

    public Map<Language, String> text(Place place, String field) {
        return tree.mapping(place)
                .map(holder -> texts.read(texts.node(holder, field)))
                .orElse(Map.of());
    }

    public void setText(Place place, String field, Map<Language, String> values) {
        texts.write(tree.require(place), DocumentTree.orderOf(place), field, values);
    }

    /** The texts of a list of texts (a likert's {@code labels}), in order; empty when the field is absent. */
    public List<Map<Language, String>> textList(Place place, String field) {
        return tree.mapping(place)
                .flatMap(holder -> YamlNodes.sequence(holder, field))
                .map(list -> list.getValue().stream()
                        .map(node -> texts.read(Optional.of(node)))
                        .toList())
                .orElse(List.of());
    }

    /**
     * Drops the empty texts at the end of a list of texts, and the field when none is left: a label cleared at the
     * end of the list shortens it rather than leave an empty text the reader would count as a point.
     */
    public void trimTextList(Place place, String field) {
        Optional<SequenceNode> list = tree.mapping(place).flatMap(holder -> YamlNodes.sequence(holder, field));
        if (list.isEmpty()) {
            return;
        }
        List<Node> items = list.get().getValue();
        while (!items.isEmpty()
                && texts.read(Optional.of(items.get(items.size() - 1))).isEmpty()) {
            items.remove(items.size() - 1);
        }
        if (items.isEmpty()) {
            YamlNodes.remove(tree.require(place), field);
        }
    }

    /** Every translatable text in the order it is written, for the translations view. */
    public List<TextEntry> texts() {
        List<TextEntry> all = new ArrayList<>();
        new TextWalk(tree)
                .forEach((place, order, field, node) ->
                        all.add(new TextEntry(place, field, texts.read(Optional.of(node)))));
        return all;
    }

    public Place.PageAt addPage(int at, String key, Map<Language, String> title) {
        return structure.addPage(at, key, title);
    }

    public void movePage(int page, int delta) {
        structure.movePage(page, delta);
    }

    public void removePage(int page) {
        structure.removePage(page);
    }

    public Place.QuestionAt addQuestion(int page, int at, String type, String key, Map<Language, String> label) {
        return structure.addQuestion(page, at, type, key, label);
    }

    public Place.QuestionAt insertQuestion(int page, int at, String questionYaml) {
        return structure.insertQuestion(page, at, questionYaml);
    }

    public Place.QuestionAt moveQuestion(Place.QuestionAt question, int delta) {
        return structure.moveQuestion(question, delta);
    }

    public Place.QuestionAt duplicateQuestion(Place.QuestionAt question) {
        return structure.duplicateQuestion(question);
    }

    public void removeQuestion(Place.QuestionAt question) {
        structure.removeQuestion(question);
    }

    public String uniqueKey(String base) {
        return structure.uniqueKey(base);
    }

    public List<Entry> entries(EntryList list) {
        return entries.of(list);
    }

    public Place.EntryAt addEntry(EntryList list, int at, String value, Map<Language, String> label) {
        return entries.add(list, at, value, label);
    }

    public Place.EntryAt moveEntry(Place.EntryAt entry, int delta) {
        return entries.move(entry, delta);
    }

    public void removeEntry(Place.EntryAt entry) {
        entries.remove(entry);
    }

    public Set<String> sharedLists() {
        return new TreeSet<>(entries.sharedLists());
    }

    public Optional<Map<Language, String>> other(Place.QuestionAt question) {
        return entries.other(question);
    }

    public void setOther(Place.QuestionAt question, boolean on, Map<Language, String> label) {
        entries.setOther(question, on, label);
    }
}
