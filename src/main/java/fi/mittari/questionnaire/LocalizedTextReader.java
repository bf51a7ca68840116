package fi.mittari.questionnaire;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads a {@code {fi: …, sv: …}} text and checks it against the questionnaire's languages: the default language is
 * required; another offered language missing is a warning, because respondents then see the default text.
 */
final class LocalizedTextReader {

    private static final Map<Language, String> NAMES =
            Map.of(Language.FI, "Finnish", Language.SV, "Swedish", Language.EN, "English");

    private final Optional<Language> defaultLanguage;
    private final List<Language> offered;
    private final YamlProblems problems;

    LocalizedTextReader(Optional<Language> defaultLanguage, List<Language> offered, YamlProblems problems) {
        this.defaultLanguage = defaultLanguage;
        this.offered = offered;
        this.problems = problems;
    }

    LocalizedText read(YamlMapping parent, String key, boolean required) {
        return parent.value(key, required).map(node -> read(node, parent.child(key))).orElse(LocalizedText.empty());
    }

    private LocalizedText read(Node node, String path) {
        Optional<YamlMapping> mapping = YamlMapping.of(node, path, "texts by language, like {fi: …, sv: …}", problems);
        if (mapping.isEmpty()) {
            return LocalizedText.empty();
        }
        Map<Language, String> texts = new EnumMap<>(Language.class);
        for (NodeTuple tuple : ((org.yaml.snakeyaml.nodes.MappingNode) mapping.get().node()).getValue()) {
            String code = tuple.getKeyNode() instanceof ScalarNode s ? s.getValue() : "";
            Optional<Language> language = Language.fromCode(code).filter(l -> l.code().equals(code));
            if (language.isEmpty()) {
                problems.error(tuple.getKeyNode(), path + "." + code, "unknown language '" + code
                        + "'; expected fi, sv or en");
            } else if (!(tuple.getValueNode() instanceof ScalarNode text)) {
                problems.error(tuple.getValueNode(), path + "." + code, "expected a text, found "
                        + YamlMapping.kind(tuple.getValueNode()));
            } else if (!text.getValue().isBlank()) {
                texts.put(language.get(), text.getValue().strip());
            }
        }
        defaultLanguage.ifPresent(main -> {
            if (!texts.containsKey(main)) {
                problems.error(node, path, "missing " + name(main) + " text (the default language)");
                return;
            }
            offered.stream().filter(l -> l != main && !texts.containsKey(l)).forEach(l -> problems.warning(node,
                    path + "." + l.code(), "missing " + name(l) + " translation; respondents will see the "
                            + NAMES.get(main) + " text"));
        });
        return new LocalizedText(texts);
    }

    private static String name(Language language) {
        return NAMES.get(language) + " (" + language.code() + ")";
    }
}
