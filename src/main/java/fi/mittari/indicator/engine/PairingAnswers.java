package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.statistics.Cell;
import fi.mittari.indicator.statistics.PairedChange;
import fi.mittari.indicator.statistics.Suppression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Paired change: each person's first baseline answer and last follow-up answer within the scope, paired by pseudonym
 * within a project. Computed in total and by project; other breakdowns would split a person's two waves apart.
 */
final class PairingAnswers {

    private final PairedAnswers answers;
    private final ChangeArithmetic arithmetic;
    private final Suppression suppression;

    PairingAnswers(PairedAnswers answers, Suppression suppression) {
        this.answers = answers;
        this.arithmetic = new ChangeArithmetic(suppression);
        this.suppression = suppression;
    }

    List<IndicatorRow> rows(IndicatorDefinition definition, Measure.PairedChange change, IndicatorSql sql) {
        Map<String, Map<String, Double>> baseline = new LinkedHashMap<>();
        Map<String, Map<String, Double>> followUp = new LinkedHashMap<>();
        Map<String, String> projectNames = new HashMap<>();
        SqlQuery query = sql.pairedAnswers(definition, change);
        for (PairedAnswer answer : answers.read(query)) {
            String project = answer.projectCode();
            projectNames.put(project, answer.projectName());
            String person = answer.person();
            if (answer.questionnaire().equals(change.baselineQuestionnaire())) {
                baseline.computeIfAbsent(project, p -> new LinkedHashMap<>()).putIfAbsent(person, answer.value());
            }
            if (answer.questionnaire().equals(change.followupQuestionnaire())) {
                followUp.computeIfAbsent(project, p -> new LinkedHashMap<>()).put(person, answer.value());
            }
        }
        Map<String, Double> allBaseline = new LinkedHashMap<>();
        Map<String, Double> allFollowUp = new LinkedHashMap<>();
        baseline.forEach((project, values) -> values.forEach((p, v) -> allBaseline.put(project + "|" + p, v)));
        followUp.forEach((project, values) -> values.forEach((p, v) -> allFollowUp.put(project + "|" + p, v)));
        List<IndicatorRow> rows = new ArrayList<>();
        PairedChange total = PairedChange.of(allBaseline, allFollowUp);
        rows.add(arithmetic.change(definition, total));
        for (Breakdown breakdown : definition.breakdowns()) {
            if (!(breakdown instanceof Breakdown.ByDimension byDimension
                    && byDimension.dimension() == Dimension.PROJECT)) {
                // MeasuredRecords.PAIRED_ANSWERS offers the project only, and the reader holds definitions to it
                throw new IllegalStateException("Indicator " + definition.code() + ": a paired change is not broken"
                        + " down by " + breakdown.key() + "; the definition reader refuses this");
            }
            List<String> projects = projectNames.keySet().stream().sorted().toList();
            List<PairedChange> changes = projects.stream()
                    .map(project -> PairedChange.of(
                            baseline.getOrDefault(project, Map.of()), followUp.getOrDefault(project, Map.of())))
                    .toList();
            List<Cell<Long>> pairs = suppression.rowOf(
                    changes.stream().map(c -> (long) c.pairs()).toList(), total.pairs());
            for (int i = 0; i < projects.size(); i++) {
                String project = projects.get(i);
                rows.add(arithmetic.change(
                        definition,
                        breakdown.key(),
                        project,
                        Optional.ofNullable(projectNames.get(project)),
                        changes.get(i),
                        pairs.get(i)));
            }
        }
        return rows;
    }
}
