package fi.mittari.indicator.engine;

import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.statistics.Cell;
import fi.mittari.indicator.statistics.ChangeDetails;
import fi.mittari.indicator.statistics.MeanEstimate;
import fi.mittari.indicator.statistics.PairedChange;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionReason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * Paired change as stored rows: the mean change with its interval, hidden under 10 pairs, and the counts a funder
 * needs to judge it as the row's extra JSON.
 */
final class ChangeArithmetic {

    private final Suppression suppression;

    ChangeArithmetic(Suppression suppression) {
        this.suppression = suppression;
    }

    /**
     * Mean change of the paired persons of the total, with in {@code extra} the counts a funder needs to judge it,
     * each left out where it is hidden (its share with it).
     */
    IndicatorRow change(IndicatorDefinition definition, PairedChange change) {
        return change(definition, "", "", Optional.empty(), change, Optional.empty())
                .map(row -> withExtra(row, details(change)))
                .orElseGet(() -> IndicatorArithmetic.suppressed(definition, "", "", Optional.empty(), hidden(change)));
    }

    /**
     * Mean change of one group of a breakdown (a project): hidden under 10 pairs and where the group's pairs are
     * hidden in the row of every group's pairs with the total's ({@code pairsHidden}), which would otherwise give a
     * small group's pairs back. A group publishes no details: the total's details minus the shown groups' would give
     * a hidden group's back.
     */
    IndicatorRow change(
            IndicatorDefinition definition,
            String breakdownKey,
            String groupKey,
            Optional<String> label,
            PairedChange change,
            Cell<Long> pairs) {
        Optional<SuppressionReason> hiddenPairs = pairs.suppressionReason();
        return change(definition, breakdownKey, groupKey, label, change, hiddenPairs)
                .map(row -> withExtra(row, means(change)))
                .orElseGet(() -> IndicatorArithmetic.suppressed(
                        definition, breakdownKey, groupKey, label, hiddenPairs.orElseGet(() -> hidden(change))));
    }

    private Optional<IndicatorRow> change(
            IndicatorDefinition definition,
            String breakdownKey,
            String groupKey,
            Optional<String> label,
            PairedChange change,
            Optional<SuppressionReason> hiddenPairs) {
        if (suppression.change(change).isSuppressed() || hiddenPairs.isPresent()) {
            return Optional.empty();
        }
        var mean = change.change().orElseThrow();
        return Optional.of(IndicatorArithmetic.row(
                definition,
                breakdownKey,
                groupKey,
                label,
                Optional.of(IndicatorArithmetic.round(mean.mean(), definition)),
                Optional.of((long) change.pairs()),
                Optional.empty(),
                Optional.empty(),
                IndicatorArithmetic.sampled(definition, mean.interval()),
                Optional.empty()));
    }

    private SuppressionReason hidden(PairedChange change) {
        return suppression.change(change).suppressionReason().orElseThrow();
    }

    /** The total's counts: improved, same and worse as a row with the pairs, lost and new as counts of their own. */
    private String details(PairedChange change) {
        ChangeDetails details = suppression.details(change);
        StringBuilder json = new StringBuilder("{\"pairs\":" + change.pairs());
        shownCount(json, "personsLost", details.lost());
        shownCount(json, "newAtFollowUp", details.newAtFollowUp());
        shownCount(json, "improved", details.improved());
        shownCount(json, "same", details.same());
        shownCount(json, "worse", details.worse());
        return json + meanOf("baselineMean", change.baseline()) + meanOf("followupMean", change.followUp()) + "}";
    }

    private static String means(PairedChange change) {
        return "{\"pairs\":" + change.pairs() + meanOf("baselineMean", change.baseline())
                + meanOf("followupMean", change.followUp()) + "}";
    }

    private static void shownCount(StringBuilder json, String name, Cell<Long> count) {
        count.shownValue()
                .ifPresent(
                        value -> json.append(",\"").append(name).append("\":").append(value));
    }

    private static IndicatorRow withExtra(IndicatorRow row, String extra) {
        return new IndicatorRow(
                row.indicatorCode(),
                row.breakdownKey(),
                row.groupKey(),
                row.groupLabel(),
                row.value(),
                row.n(),
                row.numerator(),
                row.denominator(),
                row.interval(),
                Optional.of(extra),
                row.suppression());
    }

    /** The paired persons' mean of one wave for {@code extra}, to 4 decimals (the reports round it further). */
    private static String meanOf(String name, Optional<MeanEstimate> wave) {
        return wave.map(w -> ",\"" + name + "\":"
                        + BigDecimal.valueOf(w.mean())
                                .setScale(4, RoundingMode.HALF_UP)
                                .toPlainString())
                .orElse("");
    }
}
