package fi.mittari.indicator.reference;

import static fi.mittari.indicator.reference.ReferenceStatistics.MIN_PERSONS;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.reference.Unit.Answered;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * Paired change ("What is counted"): each person's first baseline and last follow-up answer of the scope, paired
 * within a project; hidden under 10 pairs; its details follow rules 2 and 3 (improved, same and worse a row whose
 * total is the pairs; lost and new at follow-up on their own), a hidden detail left out. Computed in total and by
 * project: other breakdowns would split a person's two answers apart.
 */
final class ReferencePairedChange {

    private final ScopeRecords records;

    ReferencePairedChange(ScopeRecords records) {
        this.records = records;
    }

    List<Expected> rows(IndicatorDefinition definition, Measure.PairedChange change) {
        List<Answered> answers = records
                .responses(new Population(
                        List.of(change.baselineQuestionnaire(), change.followupQuestionnaire()), List.of()))
                .stream()
                .filter(r -> r.person().isPresent() && r.numbers().containsKey(change.concept()))
                .sorted(Comparator.comparing(Answered::sent).thenComparing(Answered::id))
                .toList();
        List<Expected> rows = new ArrayList<>();
        rows.add(row(definition, change, "", "", answers));
        boolean byProject = definition.breakdowns().stream()
                .anyMatch(b -> b instanceof Breakdown.ByDimension d && d.dimension() == Dimension.PROJECT);
        if (byProject) {
            Map<String, List<Answered>> projects = new TreeMap<>();
            answers.forEach(a -> projects.computeIfAbsent(a.project(), p -> new ArrayList<>())
                    .add(a));
            // the projects' pairs form a row with the total's (rule 3), and only the total publishes details
            Map<String, Long> pairs = new LinkedHashMap<>();
            projects.forEach((project, own) -> pairs.put(project, pairsOf(change, own)));
            Map<String, Boolean> hidden = PersonRows.hidden(pairsOf(change, answers), pairs);
            projects.forEach((project, own) -> rows.add(
                    hidden.get(project)
                            ? Expected.hidden("project", project, OptionalLong.empty())
                            : row(definition, change, "project", project, own)
                                    .withDetails(Map.of("pairs", pairs.get(project)))));
        }
        return rows;
    }

    /** The persons with a baseline and a follow-up among {@code answers}. */
    private static long pairsOf(Measure.PairedChange change, List<Answered> answers) {
        java.util.Set<String> baseline = new java.util.HashSet<>();
        java.util.Set<String> followUp = new java.util.HashSet<>();
        for (Answered answer : answers) {
            String person = answer.pairedAs().orElseThrow();
            (answer.questionnaire().equals(change.baselineQuestionnaire()) ? baseline : followUp).add(person);
        }
        baseline.retainAll(followUp);
        return baseline.size();
    }

    private static Expected row(
            IndicatorDefinition definition,
            Measure.PairedChange change,
            String breakdown,
            String group,
            List<Answered> answers) {
        Map<String, BigDecimal> baseline = new LinkedHashMap<>();
        Map<String, BigDecimal> followUp = new LinkedHashMap<>();
        for (Answered answer : answers) {
            String person = answer.pairedAs().orElseThrow();
            BigDecimal x = answer.numbers().get(change.concept());
            if (answer.questionnaire().equals(change.baselineQuestionnaire())) {
                baseline.putIfAbsent(person, x);
            } else {
                followUp.put(person, x);
            }
        }
        List<BigDecimal> differences = new ArrayList<>();
        long improved = 0;
        long same = 0;
        long worse = 0;
        for (Map.Entry<String, BigDecimal> first : baseline.entrySet()) {
            BigDecimal last = followUp.get(first.getKey());
            if (last == null) {
                continue;
            }
            BigDecimal difference = last.subtract(first.getValue());
            differences.add(difference);
            improved += difference.signum() > 0 ? 1 : 0;
            same += difference.signum() == 0 ? 1 : 0;
            worse += difference.signum() < 0 ? 1 : 0;
        }
        long pairs = differences.size();
        long lost =
                baseline.keySet().stream().filter(p -> !followUp.containsKey(p)).count();
        long fresh =
                followUp.keySet().stream().filter(p -> !baseline.containsKey(p)).count();
        if (pairs < MIN_PERSONS) {
            return Expected.hidden(breakdown, group, OptionalLong.empty());
        }
        BigDecimal mean = ReferenceStatistics.quotient(
                differences.stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                BigDecimal.valueOf(pairs),
                definition.decimals());
        Map<String, Long> details = new LinkedHashMap<>();
        details.put("pairs", pairs);
        Map<String, Long> directions = new LinkedHashMap<>();
        directions.put("improved", improved);
        directions.put("same", same);
        directions.put("worse", worse);
        PersonRows.hidden(pairs, directions).forEach((key, hidden) -> {
            if (!hidden) {
                details.put(key, directions.get(key));
            }
        });
        if (!ReferenceStatistics.small(lost)) {
            details.put("personsLost", lost);
        }
        if (!ReferenceStatistics.small(fresh)) {
            details.put("newAtFollowUp", fresh);
        }
        Expected row =
                Expected.shown(breakdown, group, Optional.of(mean), pairs).withDetails(details);
        return definition.basis() == DataBasis.SAMPLE
                ? row.withInterval(ReferenceStatistics.t(differences, ReferenceStatistics.UNBOUNDED))
                : row;
    }
}
