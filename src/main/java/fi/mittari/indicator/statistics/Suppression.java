package fi.mittari.indicator.statistics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Hides the figures that could identify a respondent, following an installation's {@link SuppressionRule}.
 *
 * <p>A row of category counts with its total:
 *
 * <ul>
 *   <li>a total of 1 to {@code minCount − 1} persons is hidden (small count) and so is every cell of its row (small
 *       base), zeros included: in so small a group even "nobody chose this" says something about each member;
 *   <li>otherwise a count of 1 to {@code minCount − 1} is hidden (small count), and zero is shown. A zero describes
 *       nobody, and because the total is shown a hidden zero would gain nothing: hidden cells that sum to zero are
 *       recomputed at once;
 *   <li>when the hidden small counts could still be recomputed from the total, the smallest non-zero shown count is
 *       hidden too (complementary). That is the case when only one count is hidden, and when several are but their
 *       sum leaves them one possible value each (all 1, or all {@code minCount − 1}). A zero is never chosen as the
 *       complementary cell: hiding it adds nothing unknown to the sum.
 * </ul>
 *
 * <p>Shares, means and changes over fewer than {@code minPersonsForStatistic} persons are hidden (small base), and a
 * share whose count is hidden is hidden for the same reason, as the share and its base would give the count back.
 *
 * <p>This protects against recomputation from one row and its total. Tables that share cells across several rows and
 * columns need the same care applied across them, which is for the report that builds such a table.
 */
public final class Suppression {

    private final SuppressionRule rule;

    public Suppression(SuppressionRule rule) {
        this.rule = rule;
    }

    public static Suppression withDefaults() {
        return new Suppression(SuppressionRule.DEFAULT);
    }

    public SuppressionRule rule() {
        return rule;
    }

    public SuppressedRow apply(List<Long> counts, long total) {
        validate(counts, total);
        if (rule.isSmallCount(total)) {
            List<Cell<Long>> hidden = counts.stream()
                    .map(count -> Cell.<Long>suppressed(SuppressionReason.SMALL_BASE))
                    .toList();
            return new SuppressedRow(hidden, Cell.suppressed(SuppressionReason.SMALL_COUNT));
        }
        List<Cell<Long>> cells =
                new ArrayList<>(counts.stream().map(this::count).toList());
        if (smallCountsCanBeRecomputed(counts, cells)) {
            smallestShownNonZero(counts, cells)
                    .ifPresent(i -> cells.set(i, Cell.suppressed(SuppressionReason.COMPLEMENTARY)));
        }
        return new SuppressedRow(cells, Cell.shown(total));
    }

    /** The share of each category of a row, hidden where its count is hidden or the row has too few persons. */
    public List<Cell<ProportionEstimate>> shares(List<Long> counts, long total) {
        SuppressedRow row = apply(counts, total);
        return IntStream.range(0, counts.size())
                .mapToObj(i -> rule.isSmallBase(total)
                        ? Cell.<ProportionEstimate>suppressed(SuppressionReason.SMALL_BASE)
                        : row.counts()
                                .get(i)
                                .fold(
                                        count -> Cell.shown(ProportionEstimate.of(count, total)),
                                        Cell::<ProportionEstimate>suppressed))
                .toList();
    }

    /**
     * The shares of the groups of one breakdown. Their numerators form a row with the total's numerator, and their
     * denominators a row with the total's denominator (a hidden one would otherwise be the total's minus the shown
     * ones); a share is hidden when its numerator or its denominator is, and over a small base.
     */
    public List<Cell<ProportionEstimate>> groupShares(List<ProportionEstimate> groups, ProportionEstimate total) {
        List<Cell<Long>> numerators =
                rowOf(groups.stream().map(ProportionEstimate::numerator).toList(), total.numerator());
        List<Cell<Long>> denominators =
                rowOf(groups.stream().map(ProportionEstimate::denominator).toList(), total.denominator());
        return IntStream.range(0, groups.size())
                .mapToObj(i -> numerators
                        .get(i)
                        .suppressionReason()
                        .or(() -> denominators.get(i).suppressionReason())
                        .map(Cell::<ProportionEstimate>suppressed)
                        .orElseGet(() -> share(groups.get(i))))
                .toList();
    }

    /**
     * The counts of a breakdown's groups as a row with their total; where the groups overlap (a multiple choice) and a
     * count exceeds the total, each count stands on its own.
     */
    public List<Cell<Long>> rowOf(List<Long> counts, long total) {
        return counts.stream().allMatch(c -> c != null && c >= 0 && c <= total)
                ? apply(counts, total).counts()
                : counts.stream().map(this::count).toList();
    }

    /** A count on its own, with no total beside it to recompute from. */
    public Cell<Long> count(long count) {
        return rule.isSmallCount(count) ? Cell.suppressed(SuppressionReason.SMALL_COUNT) : Cell.shown(count);
    }

    /** A share on its own: hidden over a small base, and when its numerator is a small count. */
    public Cell<ProportionEstimate> share(ProportionEstimate share) {
        if (rule.isSmallBase(share.denominator())) {
            return Cell.suppressed(SuppressionReason.SMALL_BASE);
        }
        return rule.isSmallCount(share.numerator())
                ? Cell.suppressed(SuppressionReason.SMALL_COUNT)
                : Cell.shown(share);
    }

    /**
     * A ratio: one of persons within persons (employed of coached) is a share. Of other counts (participants per
     * event, organisations per event) only persons are protected: the ratio is hidden when an operand that counts
     * persons is a small count, as the other operand, shown, would give it back. Events and organisations are never
     * hidden for being few.
     */
    public Cell<RatioEstimate> ratio(
            RatioEstimate ratio, boolean numeratorCountsPersons, boolean denominatorCountsPersons) {
        if (ratio.numeratorIsSubsetOfDenominator()) {
            return share(ProportionEstimate.of(ratio.numerator(), ratio.denominator()))
                    .fold(share -> Cell.shown(ratio), Cell::suppressed);
        }
        boolean small = numeratorCountsPersons && rule.isSmallCount(ratio.numerator())
                || denominatorCountsPersons && rule.isSmallCount(ratio.denominator());
        return small ? Cell.suppressed(SuppressionReason.SMALL_COUNT) : Cell.shown(ratio);
    }

    /**
     * A figure derived from a count of persons that gives the count back beside what is shown with it (a mean of
     * attendance per event times the events is the attendance): hidden whenever that count is, for the same reason.
     */
    public <T> Cell<T> derivedFrom(Cell<Long> persons, T figure) {
        return persons.fold(count -> Cell.shown(figure), Cell::suppressed);
    }

    /**
     * A minimum, median or maximum of persons per unit (attendance per event): hidden with the count of persons it
     * rests on, and on its own when it is small, being one unit's count of persons (a median of two middle units
     * under the minimum count is hidden too: it pins both of them below it).
     */
    public Cell<Double> personsPerUnit(Cell<Long> persons, double value) {
        Cell<Double> derived = derivedFrom(persons, value);
        if (derived.isSuppressed()) {
            return derived;
        }
        return value > 0 && value < rule.minCount() ? Cell.suppressed(SuppressionReason.SMALL_COUNT) : derived;
    }

    public Cell<MeanEstimate> mean(MeanEstimate mean) {
        return rule.isSmallBase(mean.n()) ? Cell.suppressed(SuppressionReason.SMALL_BASE) : Cell.shown(mean);
    }

    /** A change is about the persons paired across both waves, so they are its base. */
    public Cell<PairedChange> change(PairedChange change) {
        return rule.isSmallBase(change.pairs()) ? Cell.suppressed(SuppressionReason.SMALL_BASE) : Cell.shown(change);
    }

    /**
     * The counts beside a shown change: improved, same and worse are a row whose total is the pairs (one of them
     * hidden alone would be the pairs minus the others); persons lost and new at follow-up are counts on their own.
     */
    public ChangeDetails details(PairedChange change) {
        List<Cell<Long>> row = apply(
                        List.of((long) change.improved(), (long) change.same(), (long) change.worse()), change.pairs())
                .counts();
        return new ChangeDetails(
                row.get(0), row.get(1), row.get(2), count(change.personsLost()), count(change.newAtFollowUp()));
    }

    /** One hidden count is the total minus the shown ones; several are pinned down when each can take one value only. */
    private boolean smallCountsCanBeRecomputed(List<Long> counts, List<Cell<Long>> cells) {
        List<Long> hidden = IntStream.range(0, counts.size())
                .filter(i -> cells.get(i).isSuppressed())
                .mapToObj(counts::get)
                .toList();
        long k = hidden.size();
        long sum = hidden.stream().mapToLong(Long::longValue).sum();
        return k == 1 || (k > 1 && (sum == k || sum == k * (rule.minCount() - 1)));
    }

    private static Optional<Integer> smallestShownNonZero(List<Long> counts, List<Cell<Long>> cells) {
        return IntStream.range(0, counts.size())
                .filter(i -> !cells.get(i).isSuppressed() && counts.get(i) > 0)
                .boxed()
                .min(Comparator.comparing(counts::get));
    }

    private static void validate(List<Long> counts, long total) {
        if (total < 0) {
            throw new IllegalArgumentException("A total cannot be negative: " + total);
        }
        for (int i = 0; i < counts.size(); i++) {
            Long count = counts.get(i);
            if (count == null || count < 0 || count > total) {
                throw new IllegalArgumentException(
                        "Count " + count + " at position " + i + " is not between 0 and the total " + total);
            }
        }
    }
}
