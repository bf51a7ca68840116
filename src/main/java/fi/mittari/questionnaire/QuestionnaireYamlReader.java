package fi.mittari.questionnaire;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a questionnaire definition (format described in surveys/README.md) and reports every problem at once, each
 * with its line, column and path. Scalars are read as written, so a choice value {@code yes} stays the text "yes".
 */
public final class QuestionnaireYamlReader {

    static final Pattern QUESTIONNAIRE_KEY = Pattern.compile("[a-z][a-z0-9_-]{0,63}");
    private static final Set<String> TOP_LEVEL =
            Set.of("key", "defaultLanguage", "languages", "title", "description", "questions");

    public DefinitionResult read(String source, String yamlText) {
        YamlProblems problems = new YamlProblems(source);
        Node root;
        try {
            root = new Yaml(untrustedInputOptions()).compose(new StringReader(yamlText));
        } catch (MarkedYAMLException e) {
            var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            problems.errorAt(mark.getLine() + 1, mark.getColumn() + 1, "not valid YAML: " + e.getProblem());
            return new DefinitionResult.Rejected(problems.all());
        } catch (YAMLException e) {
            problems.errorAt(1, 1, "not valid YAML: " + e.getMessage());
            return new DefinitionResult.Rejected(problems.all());
        }
        if (root == null || root instanceof ScalarNode s && s.getValue().isBlank()) {
            problems.errorAt(1, 1, "the file is empty");
            return new DefinitionResult.Rejected(problems.all());
        }
        Optional<Questionnaire> questionnaire = YamlMapping.of(root, "", "a questionnaire (key, title, questions…)",
                problems).flatMap(mapping -> questionnaire(mapping, problems));
        if (problems.hasErrors() || questionnaire.isEmpty()) {
            return new DefinitionResult.Rejected(problems.all());
        }
        return new DefinitionResult.Accepted(questionnaire.get(), problems.all());
    }

    private Optional<Questionnaire> questionnaire(YamlMapping root, YamlProblems problems) {
        root.rejectUnknown(TOP_LEVEL, Set.of(), "questionnaire");
        String key = root.text("key", true).orElse("");
        if (!key.isEmpty() && !QUESTIONNAIRE_KEY.matcher(key).matches()) {
            problems.error(root.value("key", true).orElseThrow(), "key", "key '" + key
                    + "' must be lowercase letters, digits, hyphens and underscores, starting with a letter (at most 64)");
        }
        Optional<Language> defaultLanguage = root.text("defaultLanguage", true).flatMap(code ->
                language(code, root.value("defaultLanguage", true).orElseThrow(), "defaultLanguage", problems));
        List<Language> languages = languages(root, problems);
        defaultLanguage.filter(d -> !languages.isEmpty() && !languages.contains(d)).ifPresent(d -> problems.error(
                root.value("languages", true).orElseThrow(), "languages", "must include the default language '"
                        + d.code() + "'"));
        var texts = new LocalizedTextReader(defaultLanguage, languages, problems);
        LocalizedText title = texts.read(root, "title", true);
        LocalizedText description = texts.read(root, "description", false);
        List<Question> questions = questions(root, texts, problems);
        if (defaultLanguage.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Questionnaire(key, title, description, defaultLanguage.get(),
                languages.isEmpty() ? List.of(defaultLanguage.get()) : languages, questions));
    }

    private List<Language> languages(YamlMapping root, YamlProblems problems) {
        List<Language> languages = new ArrayList<>();
        List<Node> nodes = root.list("languages", true).orElse(List.of());
        if (root.has("languages") && nodes.isEmpty() && root.list("languages", false).isPresent()) {
            problems.error(root.value("languages", true).orElseThrow(), "languages", "offer at least one language");
        }
        for (int i = 0; i < nodes.size(); i++) {
            Node node = nodes.get(i);
            String path = "languages[" + i + "]";
            String code = node instanceof ScalarNode s ? s.getValue() : "";
            language(code, node, path, problems).ifPresent(language -> {
                if (languages.contains(language)) {
                    problems.error(node, path, "language '" + code + "' is listed twice");
                } else {
                    languages.add(language);
                }
            });
        }
        return languages;
    }

    private static Optional<Language> language(String code, Node node, String path, YamlProblems problems) {
        Optional<Language> language = Language.fromCode(code).filter(l -> l.code().equals(code));
        if (language.isEmpty()) {
            problems.error(node, path, "unknown language '" + code + "'; expected fi, sv or en");
        }
        return language;
    }

    private List<Question> questions(YamlMapping root, LocalizedTextReader texts, YamlProblems problems) {
        List<Node> nodes = root.list("questions", true).orElse(List.of());
        if (root.has("questions") && nodes.isEmpty() && root.list("questions", false).isPresent()) {
            problems.error(root.value("questions", true).orElseThrow(), "questions", "add at least one question");
        }
        var reader = new QuestionYamlReader(texts, problems);
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> firstLine = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = "questions[" + i + "]";
            Optional<YamlMapping> mapping = YamlMapping.of(nodes.get(i), path, "a question (key, type, label…)",
                    problems);
            if (mapping.isEmpty()) {
                continue;
            }
            mapping.get().value("key", false).filter(ScalarNode.class::isInstance).ifPresent(keyNode -> {
                String key = ((ScalarNode) keyNode).getValue();
                Integer first = firstLine.putIfAbsent(key, keyNode.getStartMark().getLine() + 1);
                if (first != null) {
                    problems.error(keyNode, path + ".key", "duplicate question key '" + key + "' (first on line "
                            + first + ")");
                }
            });
            reader.read(mapping.get()).ifPresent(questions::add);
        }
        return questions;
    }

    /** Definitions also arrive over the API: no aliases (billion-laughs), bounded size, no duplicate keys. */
    private static LoaderOptions untrustedInputOptions() {
        var options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setCodePointLimit(2 * 1024 * 1024);
        options.setNestingDepthLimit(30);
        options.setAllowDuplicateKeys(true); // reported by YamlMapping with both lines, instead of failing parsing
        return options;
    }
}
