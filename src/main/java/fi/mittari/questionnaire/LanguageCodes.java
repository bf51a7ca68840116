package fi.mittari.questionnaire;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads language codes strictly (exactly "fi", "sv" or "en") and names languages in messages. */
final class LanguageCodes {

    private static final String EXPECTED = Arrays.stream(Language.values())
            .map(Language::code)
            .collect(Collectors.joining(", "))
            .replaceFirst(", (\\w+)$", " or $1");

    private LanguageCodes() {}

    /** The language written at {@code node}, or empty after reporting why it is not one. */
    static Optional<Language> parse(Node node, String path, YamlProblems problems) {
        if (!(node instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
            problems.error(node, path, "expected a language code (" + EXPECTED + "), found " + YamlMapping.kind(node));
            return Optional.empty();
        }
        String code = scalar.getValue();
        Optional<Language> loose = Language.fromCode(code);
        if (loose.isPresent() && loose.get().code().equals(code)) {
            return loose;
        }
        // Regional tags and capitals are close enough to suggest, but files keep one spelling for every language.
        String suggestion = loose.map(l -> "; did you mean '" + l.code() + "'?").orElse("");
        problems.error(node, path, "unknown language '" + code + "'; expected " + EXPECTED + suggestion);
        return Optional.empty();
    }

    /** "Swedish (sv)". */
    static String describe(Language language) {
        return language.englishName() + " (" + language.code() + ")";
    }
}
