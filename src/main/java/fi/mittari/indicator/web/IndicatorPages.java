package fi.mittari.indicator.web;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The view models of the staff pages of indicator results. Numbers and dates stay raw here and are formatted in the
 * page's locale by the template.
 */
public final class IndicatorPages {

    private IndicatorPages() {}

    public record ProjectOption(String code, String name, boolean selected) {}

    /**
     * The scope form as typed, and what was wrong with it: {@code field} is "project", "from" or "to" and
     * {@code problem} what was wrong ("unknown", "date" or "order"), both empty when the scope was understood.
     *
     * @param allProjects whether "all projects" may be chosen (not by a FUNDER)
     */
    public record ScopeForm(
            String project,
            String from,
            String to,
            List<ProjectOption> projects,
            boolean allProjects,
            String field,
            String problem) {

        public boolean hasError() {
            return !field.isEmpty();
        }

        public boolean hasError(String name) {
            return field.equals(name);
        }
    }

    /**
     * A figure as stored: its value (a fraction 0..1 when {@code share}), its 95 % interval, or why it is not shown
     * ({@code suppressed}: SMALL_COUNT, SMALL_BASE, COMPLEMENTARY or another reason; empty when shown).
     */
    public record Figure(
            @Nullable BigDecimal value,
            int decimals,
            boolean share,
            @Nullable BigDecimal low,
            @Nullable BigDecimal high,
            String suppressed) {

        public boolean isSuppressed() {
            return !suppressed.isEmpty();
        }

        public boolean shown() {
            return !isSuppressed() && value != null;
        }

        public boolean hasInterval() {
            return shown() && low != null && high != null;
        }

        /** The interval's ends in percent (43.3 for 0.433), for "(43,3–62,5 %)". */
        public @Nullable BigDecimal lowPercent() {
            return low == null ? null : low.movePointRight(2);
        }

        public @Nullable BigDecimal highPercent() {
            return high == null ? null : high.movePointRight(2);
        }

        /** Decimals of a percentage: one fewer than of the fraction, at least 0 (0.530 → 53.0 %). */
        public int percentDecimals() {
            return Math.max(0, decimals - 2);
        }
    }

    /** One group of a breakdown by its name, and its bar's length in steps of 2 % of the largest group shown. */
    public record GroupRow(String label, Figure figure, @Nullable Long n, int bar) {}

    /** @param name what the groups are: "Maakunta", or the question asked for a choice breakdown */
    public record BreakdownTable(String id, String name, List<GroupRow> groups) {}

    /** One indicator: its total over the scope, with every breakdown the run stored for it. */
    public record IndicatorSection(
            String code,
            String name,
            String definition,
            String unit,
            Figure total,
            @Nullable Long n,
            @Nullable Long numerator,
            @Nullable Long denominator,
            String basis,
            @Nullable BigDecimal target,
            List<BreakdownTable> breakdowns) {}

    /**
     * The page: the scope asked for as resolved (the period the values are of), its indicators, whether the user may
     * start a run for it when there are none ({@code canRun}), and the suppression rule's limits for the words.
     */
    public record ResultsPage(
            ScopeForm form,
            String scopeProject,
            String scopeProjectName,
            String scopeEcosystemName,
            @Nullable LocalDate scopeFrom,
            @Nullable LocalDate scopeTo,
            List<IndicatorSection> indicators,
            boolean canRun,
            int minCount,
            int minPersons) {

        public boolean empty() {
            return indicators.isEmpty();
        }
    }
}
