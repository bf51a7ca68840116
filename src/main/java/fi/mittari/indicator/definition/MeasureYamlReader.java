package fi.mittari.indicator.definition;

import fi.mittari.yaml.PropertyNames;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads an indicator's {@code measure:}, a mapping with exactly one kind (count, sum, proportion…) and its options. */
final class MeasureYamlReader {

    static final List<String> KINDS = List.of(
            "count", "distinct_count", "sum", "mean", "median", "min", "max", "proportion", "ratio", "paired_change");
    private static final List<String> PROPERTIES = List.of(
            "count",
            "distinct_count",
            "sum",
            "mean",
            "median",
            "min",
            "max",
            "proportion",
            "ratio",
            "paired_change",
            "where",
            "numerator",
            "denominator");

    private final YamlProblems problems;
    private final DefinitionValues values;
    private final FilterYamlReader filters;

    MeasureYamlReader(YamlProblems problems) {
        this.problems = problems;
        this.values = new DefinitionValues(problems);
        this.filters = new FilterYamlReader(problems);
    }

    Optional<Measure> read(Node node, String path) {
        return YamlMapping.of(node, path, "a measure, like {count: events} or {sum: attendance}", problems)
                .flatMap(measure -> read(measure, path));
    }

    private Optional<Measure> read(YamlMapping measure, String measurePath) {
        measure.rejectUnknown(PROPERTIES, Set.of(), "a measure");
        List<String> kinds = KINDS.stream().filter(measure::has).toList();
        if (kinds.size() != 1) {
            problems.error(
                    measure.node(),
                    measurePath,
                    kinds.isEmpty()
                            ? "a measure needs one of " + String.join(", ", KINDS)
                            : "a measure has one kind, found " + String.join(" and ", kinds));
            return Optional.empty();
        }
        String kind = kinds.get(0);
        rejectOptionsOf(measure, kind);
        Node value = measure.value(kind, true).orElseThrow();
        String path = measure.child(kind);
        return switch (kind) {
            case "count" -> word(value, path, Measure.CountedUnit.class)
                    .flatMap(unit -> where(measure, unit != Measure.CountedUnit.EVENTS, "count: responses")
                            .map(where -> new Measure.Count(unit, where)));
            case "distinct_count" -> word(value, path, Measure.DistinctUnit.class)
                    .flatMap(unit -> where(measure, unit == Measure.DistinctUnit.PERSONS, "distinct_count: persons")
                            .map(where -> new Measure.DistinctCount(unit, where)));
            case "sum" -> quantity(value, path, kind).map(Measure.Sum::new);
            case "proportion" -> proportion(measure, value, path);
            case "ratio" -> ratio(value, path);
            case "paired_change" -> pairedChange(value, path);
            default -> quantity(value, path, kind)
                    .map(q -> new Measure.Summary(Measure.Statistic.valueOf(kind.toUpperCase(Locale.ROOT)), q));
        };
    }

    /** {@code where} belongs to counts of responses and persons, numerator and denominator to proportions. */
    private void rejectOptionsOf(YamlMapping measure, String kind) {
        if (!kind.equals("count") && !kind.equals("distinct_count")) {
            measure.value("where", false)
                    .ifPresent(node -> problems.error(
                            node,
                            measure.child("where"),
                            "'where' applies only to count: responses, count: coached_participants and"
                                    + " distinct_count: persons"));
        }
        if (!kind.equals("proportion")) {
            for (String key : List.of("numerator", "denominator")) {
                measure.value(key, false)
                        .ifPresent(node -> problems.error(
                                node,
                                measure.child(key),
                                "'" + key + "' belongs to a proportion"
                                        + (kind.equals("ratio")
                                                ? "; a ratio writes ratio: {numerator: …, denominator: …}"
                                                : "")));
            }
        }
    }

    /** The optional {@code where}, wrapped in a present Optional when allowed and valid, else empty. */
    private Optional<Optional<Filter>> where(YamlMapping measure, boolean allowed, String allowedFor) {
        Optional<Node> node = measure.value("where", false);
        if (node.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (!allowed) {
            problems.error(
                    node.get(),
                    measure.child("where"),
                    "'where' applies only to count: responses, count: coached_participants and"
                            + " distinct_count: persons, not to this "
                            + allowedFor.split(":")[0]);
            return Optional.empty();
        }
        return filters.read(node.get(), measure.child("where")).map(Optional::of);
    }

    private Optional<Measure> proportion(YamlMapping measure, Node value, String path) {
        Optional<Quantity> of = word(value, path, Shared.class)
                .map(shared -> shared == Shared.ATTENDANCE ? new Quantity.Attendance() : new Quantity.Respondents());
        Optional<Filter> numerator =
                measure.value("numerator", true).flatMap(node -> filters.read(node, measure.child("numerator")));
        Optional<Node> denominatorNode = measure.value("denominator", false);
        Optional<Filter> denominator =
                denominatorNode.flatMap(node -> filters.read(node, measure.child("denominator")));
        if (of.isEmpty() || numerator.isEmpty() || (denominatorNode.isPresent() && denominator.isEmpty())) {
            return Optional.empty();
        }
        if (of.get() instanceof Quantity.Attendance) {
            for (String key : List.of("numerator", "denominator")) {
                Optional<Filter> filter = key.equals("numerator") ? numerator : denominator;
                if (filter.isPresent() && !(filter.get() instanceof Filter.DimensionIn)) {
                    problems.error(
                            measure.value(key, true).orElseThrow(),
                            measure.child(key),
                            "attendance is shared out by sector, region or event_type, not by answers;"
                                    + " for answers use proportion: respondents");
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Measure.Proportion(of.get(), numerator.get(), denominator));
    }

    private Optional<Measure> ratio(Node value, String path) {
        return YamlMapping.of(value, path, "{numerator: indicator code, denominator: indicator code}", problems)
                .flatMap(ratio -> {
                    ratio.rejectUnknown(List.of("numerator", "denominator"), Set.of(), "a ratio");
                    String rule = "is not an indicator code (lowercase letters, digits and underscores)";
                    Optional<String> numerator = values.matching(ratio, "numerator", true, DefinitionValues.CODE, rule);
                    Optional<String> denominator =
                            values.matching(ratio, "denominator", true, DefinitionValues.CODE, rule);
                    if (numerator.isPresent() && numerator.equals(denominator)) {
                        problems.error(value, path, "a ratio of an indicator to itself is always 1");
                        return Optional.empty();
                    }
                    return numerator.flatMap(n -> denominator.map(d -> new Measure.Ratio(n, d)));
                });
    }

    private Optional<Measure> pairedChange(Node value, String path) {
        String expected = "{concept: outcome.work_ability, baseline: questionnaire key, followup: questionnaire key}";
        return YamlMapping.of(value, path, expected, problems).flatMap(change -> {
            change.rejectUnknown(List.of("concept", "baseline", "followup"), Set.of(), "a paired change");
            Optional<String> concept = values.concept(change, "concept", true);
            Optional<String> baseline = values.questionnaireKey(change, "baseline");
            Optional<String> followup = values.questionnaireKey(change, "followup");
            if (baseline.isPresent() && baseline.equals(followup)) {
                problems.error(value, path, "baseline and followup must be different questionnaires");
                return Optional.empty();
            }
            return concept.flatMap(c -> baseline.flatMap(b -> followup.map(f -> new Measure.PairedChange(c, b, f))));
        });
    }

    /** {@code attendance}, {@code respondents} or {@code {answer: concept}}; respondents have no value per unit. */
    private Optional<Quantity> quantity(Node value, String path, String kind) {
        if (value instanceof ScalarNode scalar && scalar.getValue().equals("respondents")) {
            problems.error(
                    value,
                    path,
                    "respondents have no value per event or response to " + describe(kind)
                            + "; count them with count: responses, or use {answer: concept} for a number answer");
            return Optional.empty();
        }
        if (value instanceof ScalarNode scalar) {
            if (scalar.getValue().equals("attendance")) {
                return Optional.of(new Quantity.Attendance());
            }
            problems.error(value, path, "expected attendance or {answer: concept}, found '" + scalar.getValue() + "'");
            return Optional.empty();
        }
        return YamlMapping.of(value, path, "attendance or {answer: concept}", problems)
                .flatMap(answer -> {
                    answer.rejectUnknown(List.of("answer"), Set.of(), "a number answer");
                    return values.concept(answer, "answer", true).map(Quantity.AnswerNumber::new);
                });
    }

    private static String describe(String kind) {
        return kind.equals("sum") ? "add up" : "take the " + kind + " of";
    }

    /** One of an enum's values, written in lowercase. */
    private <E extends Enum<E>> Optional<E> word(Node value, String path, Class<E> type) {
        List<String> words = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name().toLowerCase(Locale.ROOT))
                .toList();
        if (value instanceof ScalarNode scalar && words.contains(scalar.getValue())) {
            return Optional.of(Enum.valueOf(type, scalar.getValue().toUpperCase(Locale.ROOT)));
        }
        String found = value instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : YamlMapping.kind(value);
        String suggestion = value instanceof ScalarNode scalar
                ? PropertyNames.closest(scalar.getValue(), words)
                        .map(w -> "; did you mean '" + w + "'?")
                        .orElse("")
                : "";
        problems.error(value, path, "expected " + String.join(" or ", words) + ", found " + found + suggestion);
        return Optional.empty();
    }

    /** What a proportion shares out. */
    private enum Shared {
        ATTENDANCE,
        RESPONDENTS
    }
}
