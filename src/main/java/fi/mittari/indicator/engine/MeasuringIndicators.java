package fi.mittari.indicator.engine;

import fi.mittari.indicator.SuppressionSettings;
import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.MeasuredRecords;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.indicator.statistics.Bounds;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionReason;
import fi.mittari.questionnaire.MatrixItem;
import fi.mittari.questionnaire.MatrixItems;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Computes one indicator definition for a scope: its total and each of its breakdowns, grouped in the database, then
 * rounded, given intervals and suppressed by {@link IndicatorArithmetic}. Ratios are made from the stored rows of
 * their operands ({@link #ratio}).
 */
@Singleton
public class MeasuringIndicators {

    private final MeasuredGroups grouping;
    private final PairedAnswers pairedAnswers;
    private final QuestionnaireCatalog questionnaires;
    private final Suppression suppression;
    private final IndicatorArithmetic arithmetic;
    private final int followUpMonths;

    /**
     * {@code followUpMonths}: how long after coaching ends a follow-up answer still tells a coached participant's
     * outcome (see {@link CoachingOutcomes}).
     */
    MeasuringIndicators(
            MeasuredGroups grouping,
            PairedAnswers pairedAnswers,
            QuestionnaireCatalog questionnaires,
            SuppressionSettings thresholds,
            FollowUpSetting followUp) {
        this.grouping = grouping;
        this.pairedAnswers = pairedAnswers;
        this.questionnaires = questionnaires;
        this.suppression = new Suppression(thresholds.rule());
        this.arithmetic = new IndicatorArithmetic(suppression);
        this.followUpMonths = followUp.followUpMonths();
    }

    /** Every row of a definition that is not a ratio: the total first, then each applicable breakdown's groups. */
    public List<IndicatorRow> compute(IndicatorDefinition definition, IndicatorScope scope) {
        List<String> refused = MeasuredRecords.refusals(definition);
        if (!refused.isEmpty()) {
            // the reader refuses these: leaving a declared breakdown out without a word would hide the defect
            throw new IllegalStateException("Indicator " + definition.code() + " from " + definition.sourceName()
                    + " declares what its records do not offer: " + String.join("; ", refused));
        }
        Optional<String> region = scope.coverage().region();
        if (region.isPresent() && !offersRegion(definition)) {
            // coached participants and paired answers have no region, so a region ecosystem has none of them
            return List.of();
        }
        ConceptKeys concepts = conceptKeys();
        var sql = new IndicatorSql(scope, concepts, followUpMonths);
        if (definition.measure() instanceof Measure.PairedChange change) {
            return new PairingAnswers(pairedAnswers, suppression).rows(definition, change, sql);
        }
        MeasuredGroup total = total(sql, definition);
        Bounds bounds = answerBounds(definition.measure());
        List<IndicatorRow> rows = new ArrayList<>(arithmetic.rows(definition, "", total, List.of(), bounds));
        for (Breakdown breakdown : definition.breakdowns()) {
            var groups = grouping.of(sql.measure(definition, Optional.of(breakdown)), Optional.of(breakdown));
            rows.addAll(arithmetic.rows(definition, breakdown.key(), total, groups, bounds));
        }
        Optional<SuppressionReason> hidden =
                region.flatMap(code -> hiddenAsRegionGroup(definition, scope, concepts, code));
        return hidden.map(reason -> rows.stream()
                        .map(row -> IndicatorRow.suppressed(
                                row.indicatorCode(), row.breakdownKey(), row.groupKey(), row.groupLabel(), reason))
                        .toList())
                .orElse(rows);
    }

    private static boolean offersRegion(IndicatorDefinition definition) {
        return MeasuredRecords.of(definition.measure())
                .filter(records -> records.offers(Dimension.REGION))
                .isPresent();
    }

    private MeasuredGroup total(IndicatorSql sql, IndicatorDefinition definition) {
        return grouping.of(sql.measure(definition, Optional.empty()), Optional.empty()).stream()
                .findFirst()
                .orElse(MeasuredGroup.empty(""));
    }

    /**
     * A region ecosystem's figures are the region's group of a breakdown by region over all projects in the same
     * period, so they are hidden, every row of them, where that group is hidden in its row with the other regions and
     * the total (docs/indicators.md, "Region ecosystems"): otherwise the region ecosystem would show a cell that the
     * row hides as the complement of a small one, or the regions' ecosystems together would give back a small region.
     */
    private Optional<SuppressionReason> hiddenAsRegionGroup(
            IndicatorDefinition definition, IndicatorScope scope, ConceptKeys concepts, String region) {
        var everyRegion = new IndicatorSql(
                new IndicatorScope(new IndicatorScope.Coverage.AllProjects(), scope.from(), scope.to()),
                concepts,
                followUpMonths);
        Breakdown byRegion = new Breakdown.ByDimension(Dimension.REGION);
        List<MeasuredGroup> groups =
                grouping.of(everyRegion.measure(definition, Optional.of(byRegion)), Optional.of(byRegion));
        return arithmetic
                .rows(
                        definition,
                        byRegion.key(),
                        total(everyRegion, definition),
                        groups,
                        answerBounds(definition.measure()))
                .stream()
                .filter(row -> row.groupKey().equals(region))
                .findFirst()
                .flatMap(IndicatorRow::suppression);
    }

    /**
     * A ratio's rows: numerator over denominator for the total and each group of the ratio's own breakdowns that both
     * operands have. Operands may be broken down in more ways than the ratio; those groups are not the ratio's.
     */
    public List<IndicatorRow> ratio(
            IndicatorDefinition definition,
            IndicatorDefinition numerator,
            List<IndicatorRow> numeratorRows,
            IndicatorDefinition denominator,
            List<IndicatorRow> denominatorRows) {
        Map<String, IndicatorRow> bottoms = new HashMap<>();
        denominatorRows.forEach(row -> bottoms.put(row.breakdownKey() + "\u0000" + row.groupKey(), row));
        List<IndicatorRow> rows = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        declared.add("");
        definition.breakdowns().forEach(b -> declared.add(b.key()));
        for (IndicatorRow top : numeratorRows) {
            if (!declared.contains(top.breakdownKey())) {
                continue;
            }
            IndicatorRow bottom = bottoms.get(top.breakdownKey() + "\u0000" + top.groupKey());
            if (bottom != null) {
                rows.add(arithmetic.ratio(definition, top, numerator.measure(), bottom, denominator.measure()));
            }
        }
        return rows;
    }

    /** A matrix stores each item's answer under "matrix.item" (V5); every other question under its key. */
    private static List<String> answerKeys(Question question) {
        List<MatrixItem> items = MatrixItems.of(question);
        if (!items.isEmpty()) {
            return items.stream().map(item -> question.key() + "." + item.key()).toList();
        }
        return List.of(question.key());
    }

    /** Which question keys carry which concept in each stored questionnaire version. */
    ConceptKeys conceptKeys() {
        Map<Long, Map<String, Set<String>>> byVersion = new HashMap<>();
        eachStoredQuestion((versionId, question) -> {
            Map<String, Set<String>> concepts = byVersion.computeIfAbsent(versionId, v -> new HashMap<>());
            question.classification().conceptCode().ifPresent(concept -> concepts.computeIfAbsent(
                            concept, c -> new TreeSet<>())
                    .addAll(answerKeys(question)));
        });
        return new ConceptKeys(byVersion);
    }

    /**
     * For a statistic of number answers, the widest bounds the questions asking its concept declare, in every stored
     * questionnaire version (answers of any of them may be in the figure); {@link Bounds#NONE} for other measures.
     */
    Bounds answerBounds(Measure measure) {
        if (!(measure instanceof Measure.Summary summary
                && summary.quantity() instanceof Quantity.AnswerNumber number)) {
            return Bounds.NONE;
        }
        List<Bounds> declared = new ArrayList<>();
        eachStoredQuestion((versionId, question) -> {
            if (question.classification().conceptCode().equals(Optional.of(number.concept()))) {
                declared.add(DeclaredBounds.of(question));
            }
        });
        return declared.stream().reduce(Bounds::widest).orElse(Bounds.NONE);
    }

    private void eachStoredQuestion(BiConsumer<Long, Question> action) {
        for (Long versionId : questionnaires.versionIds()) {
            questionnaires.version(versionId).ifPresent(stored -> stored.questionnaire()
                    .questions()
                    .forEach(question -> action.accept(versionId, question)));
        }
    }
}
