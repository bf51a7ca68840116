package fi.mittari.indicator.statistics;

import static fi.mittari.indicator.statistics.SuppressionReason.COMPLEMENTARY;
import static fi.mittari.indicator.statistics.SuppressionReason.SMALL_BASE;
import static fi.mittari.indicator.statistics.SuppressionReason.SMALL_COUNT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rows of category counts with their shown total. */
class SuppressionTest {

    private final Suppression defaults = Suppression.withDefaults();

    @Test
    void showsEveryCountWhenNoneIsSmall() {
        var row = defaults.apply(List.of(18L, 12L, 6L), 36);

        assertThat(rendered(row)).containsExactly("18", "12", "6");
        assertThat(row.total()).isEqualTo(Cell.shown(36L));
    }

    @Test
    void hidesASmallCountAndTheNextSmallestSoItCannotBeRecomputedFromTheTotal() {
        // 35 − 20 − 0 = 15 would give the 3 back if only it were hidden; hiding the 12 leaves 3 + 12 unsplit
        var row = defaults.apply(List.of(3L, 0L, 12L, 20L), 35);

        assertThat(reasons(row)).containsExactly("SMALL_COUNT", "0", "COMPLEMENTARY", "20");
        assertThat(row.total().shownValue()).contains(35L);
    }

    @Test
    void showsZeroBecauseItDescribesNobodyAndIsNeverTheComplementaryCell() {
        assertThat(rendered(defaults.apply(List.of(0L, 15L, 21L), 36))).containsExactly("0", "15", "21");
        // the 0 is the smallest shown count, but hiding it would add nothing unknown to the sum
        assertThat(reasons(defaults.apply(List.of(2L, 0L, 30L), 32)))
                .containsExactly("SMALL_COUNT", "0", "COMPLEMENTARY");
    }

    @Test
    void needsNoComplementaryCellWhenSeveralSmallCountsLeaveTheirSumUnsplit() {
        // hidden 2 + 3 = 5 could be 1+4, 2+3, 3+2 or 4+1
        var row = defaults.apply(List.of(2L, 3L, 20L), 25);

        assertThat(reasons(row)).containsExactly("SMALL_COUNT", "SMALL_COUNT", "20");
    }

    @Test
    void hidesAComplementaryCellWhenSmallCountsCanEachHaveOnlyOneValue() {
        // 1 + 1 = 2 over two cells of at least 1 each: both are 1
        assertThat(reasons(defaults.apply(List.of(1L, 1L, 20L), 22)))
                .containsExactly("SMALL_COUNT", "SMALL_COUNT", "COMPLEMENTARY");
        // 4 + 4 = 8 over two cells of at most 4 each: both are 4
        assertThat(reasons(defaults.apply(List.of(4L, 4L, 9L, 20L), 37)))
                .containsExactly("SMALL_COUNT", "SMALL_COUNT", "COMPLEMENTARY", "20");
    }

    @Test
    void hidesTheWholeRowOfASmallGroupZerosIncluded() {
        var row = defaults.apply(List.of(3L, 0L), 3);

        assertThat(reasons(row)).containsExactly("SMALL_BASE", "SMALL_BASE");
        assertThat(row.total().suppressionReason()).contains(SMALL_COUNT);
    }

    @Test
    void followsTheInstallationsThresholds() {
        var lenient = new Suppression(new SuppressionRule(3, 10));
        var strict = new Suppression(new SuppressionRule(10, 10));

        assertThat(rendered(lenient.apply(List.of(3L, 4L, 29L), 36))).containsExactly("3", "4", "29");
        assertThat(reasons(defaults.apply(List.of(3L, 4L, 29L), 36)))
                .containsExactly("SMALL_COUNT", "SMALL_COUNT", "29");
        assertThat(reasons(strict.apply(List.of(6L, 30L), 36))).containsExactly("SMALL_COUNT", "COMPLEMENTARY");
    }

    @Test
    void aSuppressedCellRendersAsSuppressedNeverAsZero() {
        Cell<Long> hidden = defaults.count(3);

        assertThat(hidden.shownValue()).isEmpty();
        assertThat(render(hidden)).isEqualTo("suppressed");
        assertThat(render(defaults.count(0))).isEqualTo("0");
    }

    @Test
    void sharesOfARowAreHiddenWhereTheirCountIsAndOverASmallBase() {
        // 19/36 = 52.8 % found new partners, 14 did not, 3 unsure (small) → 14 complementary
        var shares = defaults.shares(List.of(19L, 14L, 3L), 36);
        assertThat(shares.get(0).shownValue()).contains(ProportionEstimate.of(19, 36));
        assertThat(shares.get(1).suppressionReason()).contains(COMPLEMENTARY);
        assertThat(shares.get(2).suppressionReason()).contains(SMALL_COUNT);

        // 9 persons: no share is shown, however large its count
        assertThat(defaults.shares(List.of(5L, 0L, 4L), 9))
                .allSatisfy(cell -> assertThat(cell.suppressionReason()).contains(SMALL_BASE));
    }

    @Test
    void rejectsCountsOutsideZeroToTheTotal() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.apply(List.of(5L, 40L), 36))
                .withMessageContaining("Count 40 at position 1");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> defaults.apply(List.of(-1L), 36))
                .withMessageContaining("Count -1");
    }

    /** Shown counts as numbers, suppressed ones by reason. */
    private static List<String> reasons(SuppressedRow row) {
        return row.counts().stream()
                .map(cell -> cell.fold(String::valueOf, SuppressionReason::name))
                .toList();
    }

    private static List<String> rendered(SuppressedRow row) {
        return row.counts().stream().map(SuppressionTest::render).toList();
    }

    private static String render(Cell<Long> cell) {
        return cell.fold(String::valueOf, reason -> "suppressed");
    }
}
