package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.ExpressionChecker;
import fi.mittari.questionnaire.expression.Expressions;
import fi.mittari.questionnaire.expression.ParseResult;
import fi.mittari.questionnaire.expression.ValueType;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the top-level {@code pages} list: each page's key, title, intro, condition and questions. Once every question
 * is known, {@link #check} type-checks the page conditions and makes sure each uses only answers to questions on
 * earlier pages, since the answers on the page itself and after it are not given yet when the page is shown.
 */
final class PagesYamlReader {

    private static final List<String> PROPERTIES = List.of("key", "title", "intro", "relevant", "questions");

    /** A page as read, before its condition is checked against the questions of the whole questionnaire. */
    private record Draft(
            String key,
            LocalizedText title,
            LocalizedText intro,
            Optional<Condition> relevant,
            List<String> questionKeys) {}

    private record Condition(ScalarNode node, String path, Expression expression) {}

    private final LocalizedTextReader texts;
    private final YamlProblems problems;
    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Integer> firstLines = new HashMap<>();

    PagesYamlReader(LocalizedTextReader texts, YamlProblems problems) {
        this.texts = texts;
        this.problems = problems;
    }

    /** Reads every page of {@code root}'s {@code pages} list, their questions through {@code questions}. */
    void read(YamlMapping root, QuestionListYamlReader questions) {
        List<Node> nodes = root.list("pages", true).map(SequenceNode::getValue).orElse(List.of());
        if (root.has("pages") && nodes.isEmpty()) {
            problems.error(root.entries().get("pages").getKeyNode(), "pages", "add at least one page");
        }
        for (int i = 0; i < nodes.size(); i++) {
            YamlMapping.of(nodes.get(i), "pages[" + i + "]", "a page (key, title, questions…)", problems)
                    .ifPresent(page -> drafts.add(page(page, questions)));
        }
    }

    private Draft page(YamlMapping page, QuestionListYamlReader questions) {
        page.rejectUnknown(PROPERTIES, Set.of(), "a page");
        String key = page.scalar("key", true)
                .map(node -> checkedKey(node, page.child("key")))
                .orElse("");
        LocalizedText title = texts.read(page, "title", true);
        LocalizedText intro = texts.read(page, "intro", false);
        Optional<Condition> relevant =
                page.scalar("relevant", false).flatMap(node -> parse(node, page.child("relevant")));
        return new Draft(key, title, intro, relevant, questions.read(page, "questions"));
    }

    private String checkedKey(ScalarNode node, String path) {
        String key = node.getValue();
        if (!QuestionYamlReader.QUESTION_KEY.matcher(key).matches()) {
            problems.error(
                    node,
                    path,
                    "page key '" + key + "' must be lowercase letters, digits and underscores, starting with a letter"
                            + " (at most 64 characters)");
        }
        Integer first = firstLines.putIfAbsent(key, YamlMapping.line(node));
        if (first != null) {
            problems.error(node, path, "duplicate page key '" + key + "' (first on line " + first + ")");
        }
        return key;
    }

    private Optional<Condition> parse(ScalarNode node, String path) {
        ParseResult result = Expressions.parse(node.getValue());
        if (result instanceof ParseResult.Parsed parsed) {
            return Optional.of(new Condition(node, path, parsed.expression()));
        }
        ((ParseResult.Invalid) result)
                .problems()
                .forEach(p -> problems.errorInText(node, path, p.column(), p.message()));
        return Optional.empty();
    }

    /** Checks each page condition against {@code questions} (every question of the file) and returns the pages. */
    List<Page> check(List<Question> questions) {
        Map<String, ValueType> types = AnswerTypes.of(questions);
        Map<String, String> pageOfQuestion = new HashMap<>();
        drafts.forEach(draft -> draft.questionKeys().forEach(key -> pageOfQuestion.putIfAbsent(key, draft.key())));
        List<String> earlier = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (Draft draft : drafts) {
            draft.relevant()
                    .ifPresent(condition -> checkCondition(draft.key(), condition, types, earlier, pageOfQuestion));
            earlier.addAll(draft.questionKeys());
            pages.add(new Page(
                    draft.key(),
                    draft.title(),
                    draft.intro(),
                    draft.relevant().map(Condition::expression),
                    draft.questionKeys()));
        }
        return pages;
    }

    private void checkCondition(
            String page,
            Condition condition,
            Map<String, ValueType> types,
            List<String> earlier,
            Map<String, String> pageOfQuestion) {
        new ExpressionChecker()
                .check(condition.expression(), types, Optional.empty(), ValueType.BOOLEAN)
                .forEach(p -> problems.errorInText(condition.node(), condition.path(), p.column(), p.message()));
        for (String reference : condition.expression().references()) {
            if (types.containsKey(reference) && !earlier.contains(reference)) {
                String other = pageOfQuestion.getOrDefault(reference, "");
                String where = other.equals(page) ? "is on this page" : "is on the later page '" + other + "'";
                problems.error(
                        condition.node(),
                        condition.path(),
                        "page '" + page + "' refers to '" + reference + "', which " + where
                                + "; a page condition can only use answers to questions on earlier pages");
            }
        }
    }
}
