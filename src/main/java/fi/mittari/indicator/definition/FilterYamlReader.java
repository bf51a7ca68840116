package fi.mittari.indicator.definition;

import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a condition: {@code {answer: concept, in: [values]}}, {@code {answer: concept, min: n, max: n}} or one of
 * {@code {sector|region|event_type: [codes]}}.
 */
final class FilterYamlReader {

    static final String EXAMPLE =
            "a condition, like {answer: outcome.new_partners, in: [\"yes\"]} or {sector: [third_sector]}";

    private static final List<Dimension> DIMENSIONS = List.of(Dimension.SECTOR, Dimension.REGION, Dimension.EVENT_TYPE);
    private static final List<String> PROPERTIES =
            List.of("answer", "in", "min", "max", "sector", "region", "event_type");
    private static final String CODE_RULE = "is not a code (lowercase letters, digits, hyphens and underscores)";

    private final YamlProblems problems;
    private final DefinitionValues values;

    FilterYamlReader(YamlProblems problems) {
        this.problems = problems;
        this.values = new DefinitionValues(problems);
    }

    Optional<Filter> read(Node node, String path) {
        return YamlMapping.of(node, path, EXAMPLE, problems).flatMap(mapping -> read(mapping, path));
    }

    private Optional<Filter> read(YamlMapping mapping, String path) {
        mapping.rejectUnknown(PROPERTIES, Set.of(), "a condition");
        List<Dimension> dimensions =
                DIMENSIONS.stream().filter(d -> mapping.has(d.key())).toList();
        if (mapping.has("answer") && !dimensions.isEmpty() || dimensions.size() > 1) {
            problems.error(
                    mapping.node(),
                    path,
                    "a condition is on one thing: an answer, or one of sector, region, event_type; found "
                            + (mapping.has("answer") ? "answer and " : "")
                            + String.join(
                                    " and ",
                                    dimensions.stream().map(Dimension::key).toList()));
            return Optional.empty();
        }
        if (mapping.has("answer")) {
            return answer(mapping);
        }
        if (dimensions.size() == 1) {
            rejectAnswerBounds(mapping, "'" + dimensions.get(0).key() + "'");
            Dimension dimension = dimensions.get(0);
            List<String> codes = values.codes(mapping, dimension.key(), true, DefinitionValues.VALUE, CODE_RULE);
            return codes.isEmpty() ? Optional.empty() : Optional.of(new Filter.DimensionIn(dimension, codes));
        }
        problems.error(mapping.node(), path, "a condition needs 'answer' or one of sector, region, event_type");
        return Optional.empty();
    }

    private Optional<Filter> answer(YamlMapping mapping) {
        Optional<String> concept = values.concept(mapping, "answer", true);
        boolean bounded = mapping.has("min") || mapping.has("max");
        if (mapping.has("in") && bounded) {
            problems.error(
                    mapping.value("in", true).orElseThrow(),
                    mapping.child("in"),
                    "'in' (answer is one of) and 'min'/'max' (number answer between) do not go together");
            return Optional.empty();
        }
        if (mapping.has("in")) {
            List<String> in = values.codes(mapping, "in", true, DefinitionValues.VALUE, "is not a choice value");
            return concept.filter(c -> !in.isEmpty()).map(c -> new Filter.AnswerIn(c, in));
        }
        if (!bounded) {
            problems.error(mapping.node(), mapping.child("answer"), "an answer condition needs 'in' or 'min'/'max'");
            return Optional.empty();
        }
        Optional<BigDecimal> min = values.number(mapping, "min", false);
        Optional<BigDecimal> max = values.number(mapping, "max", false);
        if (min.isPresent() && max.isPresent() && min.get().compareTo(max.get()) > 0) {
            problems.error(
                    mapping.value("max", true).orElseThrow(),
                    mapping.child("max"),
                    "max " + max.get().toPlainString() + " is below min "
                            + min.get().toPlainString());
            return Optional.empty();
        }
        if ((mapping.has("min") && min.isEmpty()) || (mapping.has("max") && max.isEmpty())) {
            return Optional.empty();
        }
        return concept.map(c -> new Filter.AnswerBetween(c, min, max));
    }

    private void rejectAnswerBounds(YamlMapping mapping, String owner) {
        for (String key : List.of("in", "min", "max")) {
            mapping.value(key, false)
                    .ifPresent(node -> problems.error(
                            node, mapping.child(key), "'" + key + "' goes with 'answer', not with " + owner));
        }
    }
}
