package fi.mittari.results;

import fi.mittari.indicator.statistics.Cell;
import fi.mittari.indicator.statistics.MeanEstimate;
import fi.mittari.indicator.statistics.ProportionEstimate;
import fi.mittari.indicator.statistics.Suppression;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The figures of one question from its counts or values, hidden where the suppression rule says so, or all shown
 * ({@code suppression} empty: an admin's view). Shares are over the responses that answered the question: a question
 * hidden by its condition stores no answer, so those not asked are not in the base.
 */
final class ResultFigures {

    private final Optional<Suppression> suppression;

    ResultFigures(Optional<Suppression> suppression) {
        this.suppression = suppression;
    }

    /**
     * Rows of a choice question. {@code overlapping}: a respondent may choose several (multiple choice), so the counts
     * do not add up to the base and each stands on its own.
     */
    List<ResultRow> choices(
            List<Map.Entry<String, String>> labelled, Map<String, Long> counts, long base, boolean overlapping) {
        List<Long> values =
                labelled.stream().map(c -> counts.getOrDefault(c.getKey(), 0L)).toList();
        List<Optional<Long>> shownCounts = shownCounts(values, base, overlapping);
        List<ResultRow> rows = new ArrayList<>();
        for (int i = 0; i < labelled.size(); i++) {
            long count = values.get(i);
            // a share is hidden with its count, and over too few persons (Suppression.shares)
            boolean shareShown = shownCounts.get(i).isPresent()
                    && base > 0
                    && suppression.map(r -> !r.rule().isSmallBase(base)).orElse(true);
            OptionalDouble share =
                    shareShown ? ProportionEstimate.of(count, base).share() : OptionalDouble.empty();
            rows.add(new ResultRow(labelled.get(i).getKey(), labelled.get(i).getValue(), shownCounts.get(i), share));
        }
        return rows;
    }

    /** Whether the base itself (how many answered) may be shown. */
    Optional<Long> base(long base) {
        return suppression.isEmpty()
                ? Optional.of(base)
                : shown(suppression.get().count(base));
    }

    /** The mean and median of the values (Commons Statistics), empty when there are none or too few. */
    Optional<MeanEstimate> mean(List<BigDecimal> values) {
        Optional<MeanEstimate> mean = MeanEstimate.of(values);
        if (mean.isEmpty() || suppression.isEmpty()) {
            return mean;
        }
        return shown(suppression.get().mean(mean.get()));
    }

    private List<Optional<Long>> shownCounts(List<Long> values, long base, boolean overlapping) {
        if (suppression.isEmpty()) {
            return values.stream().map(Optional::of).toList();
        }
        Suppression rule = suppression.get();
        List<Cell<Long>> cells = overlapping
                ? values.stream().map(rule::count).toList()
                : rule.apply(values, base).counts();
        // a small base hides every cell of the row (Suppression.apply), zeros included
        if (rule.rule().isSmallCount(base)) {
            return values.stream().map(v -> Optional.<Long>empty()).toList();
        }
        return cells.stream().map(ResultFigures::shown).toList();
    }

    private static <T> Optional<T> shown(Cell<T> cell) {
        return cell.shownValue();
    }
}
