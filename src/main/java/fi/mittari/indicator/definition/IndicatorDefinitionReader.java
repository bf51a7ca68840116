package fi.mittari.indicator.definition;

import fi.mittari.yaml.SafeYamlParser;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one indicator definition file ({@code indicators:}, a list; format in batch/README.md) and reports every
 * problem at once, each with its line, column and path. Checks that need every file (codes unique, ratio operands
 * known, no ratio cycles) are {@link IndicatorCatalogCheck}'s. Safe for untrusted text, like the questionnaire reader.
 */
public final class IndicatorDefinitionReader {

    private final SafeYamlParser parser = new SafeYamlParser();

    /** Reads {@code yamlText}; {@code source} (usually the file name) labels the problems and the definitions. */
    public IndicatorFile read(String source, String yamlText) {
        YamlProblems problems = new YamlProblems(source);
        List<LocatedDefinition> definitions = new ArrayList<>();
        parser.parse(yamlText == null ? "" : yamlText, problems)
                .flatMap(root -> YamlMapping.of(root, "", "indicators: followed by a list of indicators", problems))
                .ifPresent(root -> {
                    root.rejectUnknown(List.of("indicators"), Set.of(), "an indicator file");
                    root.list("indicators", true).ifPresent(list -> read(source, list, problems, definitions));
                });
        if (problems.hasErrors()) {
            return new IndicatorFile(source, List.of(), problems.all());
        }
        return new IndicatorFile(source, definitions, problems.all());
    }

    private static void read(
            String source, SequenceNode list, YamlProblems problems, List<LocatedDefinition> definitions) {
        var entries = new IndicatorEntryReader(source, problems);
        Map<String, LocatedDefinition> byCode = new HashMap<>();
        List<Node> items = list.getValue();
        if (items.isEmpty()) {
            problems.error(list, "indicators", "the list is empty; a file defines at least one indicator");
        }
        for (int i = 0; i < items.size(); i++) {
            String path = "indicators[" + i + "]";
            YamlMapping.of(items.get(i), path, "an indicator (code, name, measure…)", problems)
                    .flatMap(entry -> entries.read(entry, path))
                    .ifPresent(located -> {
                        LocatedDefinition first =
                                byCode.putIfAbsent(located.definition().code(), located);
                        if (first != null) {
                            problems.errorAt(
                                    located.code().line(),
                                    located.code().column(),
                                    located.code().path(),
                                    "indicator code '" + located.definition().code() + "' is already defined on line "
                                            + first.code().line());
                        } else {
                            definitions.add(located);
                        }
                    });
        }
    }
}
