package fi.mittari.indicator.definition;

import fi.mittari.questionnaire.Classification;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The single values of a definition file (codes, concepts, numbers, lists of codes), checked where they are read. */
final class DefinitionValues {

    /** Indicator codes: the stable names results are stored and reported under. */
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,63}");

    /** Code-list codes, choice values and project codes, as questionnaires and the code lists write them. */
    static final Pattern VALUE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9]{1,15}(\\.[0-9]{1,9})?");

    private final YamlProblems problems;

    DefinitionValues(YamlProblems problems) {
        this.problems = problems;
    }

    /** The scalar at {@code key} when it matches {@code pattern}; otherwise empty, with {@code rule} reported. */
    Optional<String> matching(YamlMapping mapping, String key, boolean required, Pattern pattern, String rule) {
        return mapping.scalar(key, required).flatMap(node -> matching(node, mapping.child(key), pattern, rule));
    }

    Optional<String> matching(ScalarNode node, String path, Pattern pattern, String rule) {
        if (pattern.matcher(node.getValue()).matches()) {
            return Optional.of(node.getValue());
        }
        problems.error(node, path, "'" + node.getValue() + "' " + rule);
        return Optional.empty();
    }

    Optional<String> concept(YamlMapping mapping, String key, boolean required) {
        return matching(mapping, key, required, Classification.CONCEPT, conceptRule());
    }

    Optional<String> questionnaireKey(YamlMapping mapping, String key) {
        return matching(
                mapping,
                key,
                true,
                QuestionnaireYamlReader.QUESTIONNAIRE_KEY,
                "is not a questionnaire key (lowercase letters, digits, hyphens and underscores)");
    }

    static String conceptRule() {
        return "is not a concept: dot-separated parts of lowercase letters, digits and underscores, like"
                + " outcome.new_partners (the concept: of a question in surveys/)";
    }

    /** A decimal number such as 50 or 0.27; empty when absent or (after reporting it) not a number. */
    Optional<BigDecimal> number(YamlMapping mapping, String key, boolean required) {
        return mapping.scalar(key, required).flatMap(node -> {
            if (NUMBER.matcher(node.getValue()).matches()) {
                return Optional.of(new BigDecimal(node.getValue()));
            }
            problems.error(
                    node, mapping.child(key), "expected a number like 50 or 0.27, found '" + node.getValue() + "'");
            return Optional.empty();
        });
    }

    /**
     * A list of codes, each matching {@code pattern}; {@code required} lists must hold at least one. A single value
     * written without brackets is reported, since {@code sector: third_sector} is an easy slip for a list of one.
     */
    List<String> codes(YamlMapping mapping, String key, boolean required, Pattern pattern, String rule) {
        List<String> codes = new ArrayList<>();
        mapping.value(key, required).ifPresent(value -> {
            String path = mapping.child(key);
            if (value instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                problems.error(value, path, "expected a list, like [" + scalar.getValue() + "]; found a single value");
                return;
            }
            mapping.list(key, required).ifPresent(list -> {
                List<Node> items = list.getValue();
                if (items.isEmpty() && required) {
                    problems.error(value, path, "the list is empty; give at least one value");
                }
                for (int i = 0; i < items.size(); i++) {
                    String itemPath = path + "[" + i + "]";
                    if (items.get(i) instanceof ScalarNode item
                            && !item.getValue().isBlank()) {
                        matching(item, itemPath, pattern, rule).ifPresent(codes::add);
                    } else {
                        problems.error(
                                items.get(i), itemPath, "expected a value, found " + YamlMapping.kind(items.get(i)));
                    }
                }
            });
        });
        return codes;
    }

    /** The position of a node as "line L", for messages that point from one place to another. */
    static String lineOf(Node node) {
        return "line " + YamlMapping.line(node);
    }
}
