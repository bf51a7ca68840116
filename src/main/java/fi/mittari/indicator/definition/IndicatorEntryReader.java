package fi.mittari.indicator.definition;

import fi.mittari.questionnaire.Classification;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.LocalizedTextReader;
import fi.mittari.yaml.PropertyNames;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one entry of {@code indicators:}; every problem is reported, and the entry is empty if any was an error. */
final class IndicatorEntryReader {

    private static final List<String> PROPERTIES = List.of(
            "code",
            "name",
            "definition",
            "unit",
            "decimals",
            "basis",
            "measure",
            "population",
            "breakdowns",
            "targets");
    private static final List<String> BREAKDOWNS = Stream.concat(
                    Arrays.stream(Dimension.values()).map(Dimension::key),
                    Arrays.stream(Breakdown.Granularity.values()).map(Breakdown.Granularity::key))
            .toList();

    private final String source;
    private final YamlProblems problems;
    private final DefinitionValues values;
    private final LocalizedTextReader texts;
    private final MeasureYamlReader measures;

    IndicatorEntryReader(String source, YamlProblems problems) {
        this.source = source;
        this.problems = problems;
        this.values = new DefinitionValues(problems);
        // No default language: every indicator is reported in all three, so each missing text is an error (below).
        this.texts = new LocalizedTextReader(Optional.empty(), List.of(), problems);
        this.measures = new MeasureYamlReader(problems);
    }

    Optional<LocatedDefinition> read(YamlMapping entry, String path) {
        long errorsBefore = problems.errorCount();
        entry.rejectUnknown(PROPERTIES, Set.of(), "an indicator");
        Optional<ScalarNode> codeNode = entry.scalar("code", true);
        Optional<String> code = codeNode.flatMap(node -> values.matching(
                node,
                entry.child("code"),
                DefinitionValues.CODE,
                "is not an indicator code: lowercase letters, digits and underscores, starting with a letter"));
        LocalizedText name = allLanguages(entry, "name", true);
        LocalizedText definition = allLanguages(entry, "definition", true);
        LocalizedText unit = allLanguages(entry, "unit", false);
        int decimals = decimals(entry);
        Optional<DataBasis> basis = basis(entry);
        Optional<Node> measureNode = entry.value("measure", true);
        Optional<Measure> measure = measureNode.flatMap(node -> measures.read(node, entry.child("measure")));
        Population population = population(entry);
        List<WrittenBreakdown> breakdowns = breakdowns(entry);
        measure.ifPresent(m -> new OfferedByRecords(problems).check(m, entry, population, breakdowns));
        boolean share = measure.filter(m -> m instanceof Measure.Proportion).isPresent();
        List<Target> targets = new TargetsYamlReader(problems).read(entry, share);
        if (problems.errorCount() > errorsBefore || code.isEmpty() || basis.isEmpty() || measure.isEmpty()) {
            return Optional.empty();
        }
        var indicator = new IndicatorDefinition(
                code.get(),
                name,
                definition,
                unit,
                decimals,
                basis.get(),
                measure.get(),
                population,
                breakdowns.stream().map(WrittenBreakdown::breakdown).toList(),
                targets,
                source);
        return Optional.of(new LocatedDefinition(
                indicator,
                LocatedDefinition.Location.of(codeNode.orElseThrow(), entry.child("code")),
                LocatedDefinition.Location.of(measureNode.orElseThrow(), entry.child("measure")),
                breakdowns.stream()
                        .map(b -> LocatedDefinition.Location.of(b.node(), b.path()))
                        .toList()));
    }

    /** A breakdown with the node and path it was written at, for problems found once the measure is known. */
    record WrittenBreakdown(Breakdown breakdown, ScalarNode node, String path) {}

    private LocalizedText allLanguages(YamlMapping entry, String key, boolean required) {
        LocalizedText text = texts.read(entry, key, required);
        entry.value(key, false).filter(node -> node instanceof MappingNode).ifPresent(node -> {
            for (Language language : Language.values()) {
                if (text.get(language).isEmpty()) {
                    problems.error(
                            node,
                            entry.child(key),
                            "missing " + language.englishName() + " (" + language.code() + ") " + key
                                    + "; indicators are reported in Finnish, Swedish and English");
                }
            }
        });
        return text;
    }

    private int decimals(YamlMapping entry) {
        Optional<Integer> decimals = entry.integer("decimals");
        if (decimals.isPresent() && (decimals.get() < 0 || decimals.get() > 6)) {
            problems.error(
                    entry.value("decimals", true).orElseThrow(),
                    entry.child("decimals"),
                    "decimals must be 0–6, found " + decimals.get());
            return 0;
        }
        return decimals.orElse(0);
    }

    private Optional<DataBasis> basis(YamlMapping entry) {
        return entry.scalar("basis", true).flatMap(node -> {
            for (DataBasis basis : DataBasis.values()) {
                if (basis.name().toLowerCase(Locale.ROOT).equals(node.getValue())) {
                    return Optional.of(basis);
                }
            }
            problems.error(
                    node,
                    entry.child("basis"),
                    "basis must be collected (all cases counted), sample (a survey sample) or estimate, found '"
                            + node.getValue() + "'");
            return Optional.empty();
        });
    }

    private Population population(YamlMapping entry) {
        return entry.value("population", false)
                .flatMap(node -> YamlMapping.of(
                        node, entry.child("population"), "{questionnaires: [keys], event_types: [codes]}", problems))
                .map(population -> {
                    population.rejectUnknown(List.of("questionnaires", "event_types"), Set.of(), "a population");
                    return new Population(
                            values.codes(
                                    population,
                                    "questionnaires",
                                    false,
                                    fi.mittari.questionnaire.QuestionnaireYamlReader.QUESTIONNAIRE_KEY,
                                    "is not a questionnaire key"),
                            values.codes(
                                    population,
                                    "event_types",
                                    false,
                                    DefinitionValues.VALUE,
                                    "is not an event type code"));
                })
                .orElse(Population.everything());
    }

    private List<WrittenBreakdown> breakdowns(YamlMapping entry) {
        List<WrittenBreakdown> breakdowns = new ArrayList<>();
        entry.list("breakdowns", false).ifPresent(list -> {
            for (int i = 0; i < list.getValue().size(); i++) {
                Node item = list.getValue().get(i);
                String path = entry.child("breakdowns") + "[" + i + "]";
                if (!(item instanceof ScalarNode scalar) || scalar.getValue().isBlank()) {
                    problems.error(item, path, "expected a breakdown name, found " + YamlMapping.kind(item));
                    continue;
                }
                breakdown(scalar, path).ifPresent(breakdown -> {
                    if (breakdowns.stream().anyMatch(b -> b.breakdown().key().equals(breakdown.key()))) {
                        problems.error(item, path, "breakdown '" + breakdown.key() + "' is listed twice");
                    } else {
                        breakdowns.add(new WrittenBreakdown(breakdown, scalar, path));
                    }
                });
            }
        });
        return breakdowns;
    }

    private Optional<Breakdown> breakdown(ScalarNode node, String path) {
        String name = node.getValue();
        if (name.startsWith("choice:")) {
            String concept = name.substring("choice:".length());
            if (Classification.CONCEPT.matcher(concept).matches()) {
                return Optional.of(new Breakdown.ByChoice(concept));
            }
            problems.error(node, path, "'" + concept + "' " + DefinitionValues.conceptRule());
            return Optional.empty();
        }
        for (Dimension dimension : Dimension.values()) {
            if (dimension.key().equals(name)) {
                return Optional.of(new Breakdown.ByDimension(dimension));
            }
        }
        for (Breakdown.Granularity granularity : Breakdown.Granularity.values()) {
            if (granularity.key().equals(name)) {
                return Optional.of(new Breakdown.ByPeriod(granularity));
            }
        }
        String suggestion = PropertyNames.closest(name, BREAKDOWNS)
                .map(known -> "; did you mean '" + known + "'?")
                .orElse("");
        problems.error(
                node,
                path,
                "unknown breakdown '" + name + "'; known are " + String.join(", ", BREAKDOWNS) + " and choice:<concept>"
                        + suggestion);
        return Optional.empty();
    }
}
