package fi.mittari.indicator.web;

import java.util.List;

/** The view models of the staff page of indicator results. */
public final class IndicatorPages {

    private IndicatorPages() {}

    public record ProjectOption(String code, String name, boolean selected) {}

    /**
     * The scope form as typed, and what was wrong with it: {@code field} is "project", "from" or "to" and
     * {@code message} the explanation, both empty when the scope was understood.
     */
    public record ScopeForm(
            String project, String from, String to, List<ProjectOption> projects, String field, String message) {

        public boolean hasError() {
            return !field.isEmpty();
        }

        public String errorOf(String name) {
            return field.equals(name) ? message : "";
        }
    }

    /** One group of a breakdown: its figure as text, or the reason it is suppressed, and its bar's width in %. */
    public record GroupRow(String label, String value, String n, boolean suppressed, int barPercent) {}

    public record BreakdownTable(String id, String caption, List<GroupRow> groups) {}

    /** One indicator's total over the scope, with every breakdown the run stored for it. */
    public record IndicatorSection(
            String code,
            String name,
            String value,
            String unit,
            boolean suppressed,
            String n,
            String numerator,
            String denominator,
            String interval,
            String basis,
            String target,
            List<BreakdownTable> breakdowns) {}

    /**
     * The page: the scope asked for (as resolved: the period the values are of), its indicators, and whether the user
     * may start a run for it when there are none ({@code canRun}).
     */
    public record ResultsPage(
            ScopeForm form,
            String scopeProject,
            String scopeFrom,
            String scopeTo,
            String scopeDescription,
            List<IndicatorSection> indicators,
            boolean canRun) {

        public boolean empty() {
            return indicators.isEmpty();
        }
    }
}
