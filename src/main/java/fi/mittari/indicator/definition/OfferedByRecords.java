package fi.mittari.indicator.definition;

import fi.mittari.indicator.definition.IndicatorEntryReader.WrittenBreakdown;
import fi.mittari.yaml.YamlMapping;
import fi.mittari.yaml.YamlProblems;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Refuses, where it is written, each breakdown, condition and population of an indicator that its measure's records
 * do not offer ({@link MeasuredRecords}): the engine could not honour it, and a figure left out without a word is
 * worse than a file refused with a reason.
 */
final class OfferedByRecords {

    private final YamlProblems problems;

    OfferedByRecords(YamlProblems problems) {
        this.problems = problems;
    }

    void check(Measure measure, YamlMapping entry, Population population, Iterable<WrittenBreakdown> breakdowns) {
        Optional<MeasuredRecords> records = MeasuredRecords.of(measure);
        if (records.isEmpty()) {
            entry.value("population", false)
                    .ifPresent(node -> problems.error(
                            node,
                            entry.child("population"),
                            "a ratio has no records of its own to narrow; give its operands the population"));
            return; // a ratio's breakdowns are held to its operands' across files (IndicatorCatalogCheck)
        }
        MeasuredRecords offered = records.get();
        for (WrittenBreakdown written : breakdowns) {
            offered.refusal(written.breakdown())
                    .ifPresent(reason -> problems.error(written.node(), written.path(), reason));
        }
        entry.value("measure", false)
                .flatMap(node -> YamlMapping.of(node, entry.child("measure"), "a measure", problems))
                .ifPresent(written -> conditions(offered, measure, written));
        entry.value("population", false)
                .flatMap(node -> YamlMapping.of(node, entry.child("population"), "a population", problems))
                .ifPresent(written -> {
                    if (!population.questionnaires().isEmpty()) {
                        offered.questionnairesRefusal().ifPresent(reason -> at(written, "questionnaires", reason));
                    }
                    if (!population.eventTypes().isEmpty()) {
                        offered.eventTypesRefusal().ifPresent(reason -> at(written, "event_types", reason));
                    }
                });
    }

    private void conditions(MeasuredRecords offered, Measure measure, YamlMapping written) {
        MeasureConditions.of(measure).forEach((key, filter) -> condition(offered, filter, written, key));
    }

    private void condition(MeasuredRecords offered, Filter filter, YamlMapping measure, String key) {
        offered.refusal(filter).ifPresent(reason -> measure.value(key, true)
                .flatMap(node -> YamlMapping.of(node, measure.child(key), FilterYamlReader.EXAMPLE, problems))
                .ifPresent(condition -> at(condition, conditionKey(filter), reason)));
    }

    /** The property a condition is written under: the dimension's key, or {@code answer}. */
    private static String conditionKey(Filter filter) {
        return filter.accept(new Filter.Cases<>() {
            @Override
            public String answerIn(Filter.AnswerIn in) {
                return "answer";
            }

            @Override
            public String dimensionIn(Filter.DimensionIn in) {
                return in.dimension().key();
            }

            @Override
            public String answerBetween(Filter.AnswerBetween between) {
                return "answer";
            }
        });
    }

    private void at(YamlMapping mapping, String key, String reason) {
        Node node = mapping.value(key, true).orElseThrow();
        problems.error(node, mapping.child(key), reason);
    }
}
