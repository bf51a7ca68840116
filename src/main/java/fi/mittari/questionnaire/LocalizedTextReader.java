package fi.mittari.questionnaire;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a {@code {fi: …, sv: …}} text and checks it against the questionnaire's languages: the default language is
 * required; a missing translation into another offered language is only a warning, because respondents then see the
 * default language's text.
 */
public final class LocalizedTextReader {

    private final Optional<Language> defaultLanguage;
    private final List<Language> offered;
    private final YamlProblems problems;

    /** {@code defaultLanguage} is empty when the file's own is unusable: texts are then checked for codes only. */
    public LocalizedTextReader(Optional<Language> defaultLanguage, List<Language> offered, YamlProblems problems) {
        this.defaultLanguage = defaultLanguage;
        this.offered = List.copyOf(offered);
        this.problems = problems;
    }

    public LocalizedText read(YamlMapping parent, String key, boolean required) {
        return parent.value(key, required)
                .map(node -> read(node, parent.child(key)))
                .orElse(LocalizedText.empty());
    }

    public LocalizedText read(Node node, String path) {
        Optional<YamlMapping> mapping = YamlMapping.of(node, path, "texts by language, like {fi: …, sv: …}", problems);
        if (mapping.isEmpty()) {
            return LocalizedText.empty();
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        Set<Language> malformed = EnumSet.noneOf(Language.class);
        mapping.get().properties().forEach((codeNode, textNode) -> {
            String textPath = mapping.get().child(codeNode.getValue());
            LanguageCodes.parse(codeNode, textPath, problems).ifPresent(language -> {
                if (!(textNode instanceof ScalarNode text)) {
                    problems.error(textNode, textPath, "expected a text, found " + YamlMapping.kind(textNode));
                    malformed.add(language);
                } else if (!text.getValue().isBlank()) {
                    texts.put(language, text.getValue().strip());
                }
            });
        });
        checkLanguages(node, path, texts.keySet(), malformed);
        return new LocalizedText(texts);
    }

    /** A text already reported as malformed is not reported again as missing. */
    private void checkLanguages(Node node, String path, Set<Language> written, Set<Language> malformed) {
        if (defaultLanguage.isEmpty()) {
            return;
        }
        Language main = defaultLanguage.get();
        if (!written.contains(main)) {
            if (!malformed.contains(main)) {
                problems.error(node, path, "missing " + LanguageCodes.describe(main) + " text (the default language)");
            }
            return;
        }
        for (Language language : offered) {
            if (!written.contains(language) && !malformed.contains(language)) {
                problems.warning(
                        node,
                        path + "." + language.code(),
                        "missing " + LanguageCodes.describe(language) + " translation; respondents will see the "
                                + main.englishName() + " text");
            }
        }
    }
}
