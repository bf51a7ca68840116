package fi.mittari.context.web;

import java.time.LocalDate;
import java.util.List;

/** The view models of the event pages: names in the page's language, raw numbers and dates for the template. */
public final class EventViews {

    private EventViews() {}

    /** An entry of a select: the value posted and the name shown. */
    public record Choice(String value, String name) {}

    /** A refused field or cell: the id it is linked to, its label in the page's language, and the problem. */
    public record Problem(String field, String label, String message) {}

    public record Problems(List<Problem> list) {

        public static final Problems NONE = new Problems(List.of());

        public boolean any() {
            return !list.isEmpty();
        }

        /** The message for the field, or empty. */
        public String of(String field) {
            return list.stream()
                    .filter(p -> p.field().equals(field))
                    .map(Problem::message)
                    .findFirst()
                    .orElse("");
        }
    }

    public record EventRow(
            String code,
            String name,
            LocalDate startsOn,
            LocalDate endsOn,
            String project,
            String region,
            String type,
            long participants) {}

    /** The events, of one project when {@code project} is not empty; {@code imported} rows just stored, or 0. */
    public record EventList(
            List<EventRow> rows, List<Choice> projects, String project, String projectName, int imported) {}

    /** The event form as typed; dates as the date inputs post them (2026-03-31). */
    public record EventForm(
            boolean creating,
            String code,
            String project,
            String name,
            String startsOn,
            String endsOn,
            String region,
            String eventType,
            String theme,
            String network,
            List<Choice> projects,
            List<Choice> regions,
            List<Choice> eventTypes,
            Problems problems) {}

    public record EventSummary(
            String code,
            String name,
            String projectCode,
            String projectName,
            LocalDate startsOn,
            LocalDate endsOn,
            String region,
            String type,
            String theme,
            String network) {}

    /** A stored participation row; {@code imported} rows come from a file and are replaced by the next one. */
    public record ParticipationRow(
            String organisation, String sector, String region, int participants, boolean imported) {}

    public record EventPage(
            EventSummary event,
            List<ParticipationRow> rows,
            long participants,
            long organisations,
            boolean hasImported,
            String saved) {}

    /** One line of the counts form; a blank line adds a row, and emptying or removing a line removes its row. */
    public record CountLine(int index, String sector, String region, String organisation, String participants) {}

    public record CountsForm(
            EventSummary event,
            List<CountLine> lines,
            List<Choice> sectors,
            List<Choice> regions,
            List<Choice> organisations,
            Problems problems) {}

    /**
     * The upload form; {@code problem} says why the last file could not be read at all, {@code notice} is "cancelled"
     * or "gone" (saved, cancelled or expired) after a preview, or empty.
     */
    public record UploadPage(String kind, String problem, String notice) {}

    /** An event the import would add, by names. */
    public record PlannedEvent(
            String code,
            String name,
            String project,
            LocalDate startsOn,
            LocalDate endsOn,
            String region,
            String type,
            String theme) {}

    /** A participation row the import would store, by names. */
    public record PlannedRow(String event, String organisation, String sector, String region, int participants) {}

    public record RowProblem(int row, String column, String label, String message) {}

    /**
     * What saving would store: the events or participation rows, how many existing imported rows it replaces, or the
     * problems that keep anything from being stored. {@code planned} events or rows
     * would be stored, the first of them listed;
     * {@code fingerprint} names this plan for "save".
     */
    public record PreviewPage(
            String token,
            String kind,
            String fileName,
            int sheetRows,
            List<PlannedEvent> events,
            List<PlannedRow> rows,
            int planned,
            long participants,
            long eventsTouched,
            int replacedRows,
            List<RowProblem> problems,
            int problemRows,
            boolean changed,
            String fingerprint) {

        public boolean storable() {
            return problems.isEmpty();
        }

        public int listed() {
            return events.size() + rows.size();
        }
    }
}
