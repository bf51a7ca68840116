package fi.mittari.questionnaire;

import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.SafeYamlParser;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a questionnaire definition (YAML format version 1, described in surveys/README.md) and reports every problem
 * at once, each with its line, column and path. Scalars are read as written, so a choice value {@code yes} stays the
 * text "yes". Safe for untrusted input: no objects are constructed, aliases are refused and size is bounded.
 */
public final class QuestionnaireYamlReader {

    public static final Pattern QUESTIONNAIRE_KEY = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final List<String> PROPERTIES =
            List.of("key", "defaultLanguage", "languages", "title", "description", "choiceLists", "questions", "pages");

    private final SafeYamlParser parser = new SafeYamlParser();
    private final CodeListSnapshot codeLists;

    /** A reader that knows no code lists: {@code choicesFrom} is refused. */
    public QuestionnaireYamlReader() {
        this(CodeListSnapshot.NONE);
    }

    /** A reader taking the choices of {@code choicesFrom} questions from {@code codeLists}. */
    public QuestionnaireYamlReader(CodeListSnapshot codeLists) {
        this.codeLists = codeLists;
    }

    /** Reads {@code yamlText}; {@code source} (usually the file name) only labels the problems. */
    public DefinitionResult read(String source, String yamlText) {
        YamlProblems problems = new YamlProblems(source);
        Optional<Questionnaire> questionnaire = parser.parse(yamlText == null ? "" : yamlText, problems)
                .flatMap(root -> YamlMapping.of(root, "", "a questionnaire (key, title, questions…)", problems))
                .flatMap(root -> questionnaire(root, problems));
        if (problems.hasErrors() || questionnaire.isEmpty()) {
            return new DefinitionResult.Rejected(problems.all());
        }
        return new DefinitionResult.Accepted(questionnaire.get(), problems.all());
    }

    /**
     * The {@code key} a definition declares, read without checking anything else, so that a draft can be filed under
     * its questionnaire while the rest of it is still being written. Empty (with the located problem) when there is
     * no usable key.
     */
    public DeclaredKey declaredKey(String source, String yamlText) {
        YamlProblems problems = new YamlProblems(source);
        Optional<String> key = parser.parse(yamlText == null ? "" : yamlText, problems)
                .flatMap(root -> YamlMapping.of(root, "", "a questionnaire (key, title, questions…)", problems))
                .flatMap(root -> root.scalar("key", true))
                .flatMap(node -> {
                    if (QUESTIONNAIRE_KEY.matcher(node.getValue()).matches()) {
                        return Optional.of(node.getValue());
                    }
                    problems.error(node, "key", "key '" + node.getValue() + "' is not a valid questionnaire key");
                    return Optional.empty();
                });
        return new DeclaredKey(key, problems.all());
    }

    /** A definition's key, or the problems that kept it from being read. */
    public record DeclaredKey(Optional<String> key, List<DefinitionProblem> problems) {}

    private Optional<Questionnaire> questionnaire(YamlMapping root, YamlProblems problems) {
        root.rejectUnknown(PROPERTIES, Set.of(), "a questionnaire");
        String key = root.scalar("key", true)
                .map(node -> {
                    if (!QUESTIONNAIRE_KEY.matcher(node.getValue()).matches()) {
                        problems.error(
                                node,
                                "key",
                                "key '" + node.getValue() + "' must be lowercase letters, digits,"
                                        + " hyphens and underscores, starting with a letter (at most 64 characters)");
                    }
                    return node.getValue();
                })
                .orElse("");
        Optional<Language> defaultLanguage = root.value("defaultLanguage", true)
                .flatMap(node -> LanguageCodes.parse(node, "defaultLanguage", problems));
        List<Language> languages = languages(root, problems);
        defaultLanguage
                .filter(main -> !languages.isEmpty() && !languages.contains(main))
                .ifPresent(main -> problems.error(
                        root.value("languages", true).orElseThrow(),
                        "languages",
                        "languages must include the default language '" + main.code() + "'"));
        var texts = new LocalizedTextReader(defaultLanguage, languages, problems);
        LocalizedText title = texts.read(root, "title", true);
        LocalizedText description = texts.read(root, "description", false);
        var rules = new QuestionRulesYamlReader(texts, problems);
        var questionReader = new QuestionYamlReader(texts, codeLists, problems);
        questionReader.readSharedChoices(root);
        var questionLists = new QuestionListYamlReader(questionReader, rules, problems);
        var pages = new PagesYamlReader(texts, problems);
        readQuestionsOrPages(root, questionLists, pages, problems);
        List<Question> questions = questionLists.questions();
        Map<String, QuestionRules> checkedRules = rules.check(questions);
        List<Page> checkedPages = pages.check(questions);
        return defaultLanguage.map(main -> new Questionnaire(
                key,
                title,
                description,
                main,
                languages.isEmpty() ? List.of(main) : languages,
                questions,
                checkedRules,
                checkedPages));
    }

    private static List<Language> languages(YamlMapping root, YamlProblems problems) {
        Optional<SequenceNode> list = root.list("languages", true);
        List<Node> nodes = list.map(SequenceNode::getValue).orElse(List.of());
        if (list.isPresent() && nodes.isEmpty()) {
            problems.error(list.get(), "languages", "list at least one language");
        }
        List<Language> languages = new ArrayList<>();
        Map<Language, Integer> firstLines = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String path = "languages[" + i + "]";
            LanguageCodes.parse(node, path, problems).ifPresent(language -> {
                Integer first = firstLines.putIfAbsent(language, YamlMapping.line(node));
                if (first == null) {
                    languages.add(language);
                } else {
                    problems.error(
                            node, path, "duplicate language '" + language.code() + "' (first on line " + first + ")");
                }
            });
        }
        return languages;
    }

    /** Either one list of questions (one implicit page) or pages, each with its own list; never both. */
    private static void readQuestionsOrPages(
            YamlMapping root, QuestionListYamlReader questions, PagesYamlReader pages, YamlProblems problems) {
        boolean hasPages = root.has("pages");
        if (hasPages && root.has("questions")) {
            problems.error(
                    root.entries().get("pages").getKeyNode(),
                    "pages",
                    "a questionnaire has either questions or pages (each with its questions), not both");
        } else if (hasPages) {
            pages.read(root, questions);
        } else if (!root.has("questions")) {
            problems.error(
                    root.node(), "", "missing required property 'questions' (or 'pages', each with its questions)");
        } else {
            questions.read(root, "questions");
        }
    }
}
