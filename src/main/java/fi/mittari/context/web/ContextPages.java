package fi.mittari.context.web;

import fi.mittari.context.CodeListEntry;
import fi.mittari.context.FieldProblem;
import java.util.List;

/** The view models of the context's staff pages. */
public final class ContextPages {

    private ContextPages() {}

    /** The problems of a refused form, each with the field it names. */
    public record Errors(List<FieldProblem> problems) {

        public static final Errors NONE = new Errors(List.of());

        public boolean any() {
            return !problems.isEmpty();
        }

        public String of(String field) {
            return problems.stream()
                    .filter(p -> p.field().equals(field))
                    .map(FieldProblem::message)
                    .findFirst()
                    .orElse("");
        }
    }

    public record Option(String code, String name) {

        public static List<Option> of(List<CodeListEntry> entries) {
            return entries.stream().map(e -> new Option(e.code(), e.nameEn())).toList();
        }
    }

    public record EventForm(
            String code,
            String project,
            String name,
            String startsOn,
            String endsOn,
            String region,
            String eventType,
            String theme,
            List<Option> regions,
            List<Option> eventTypes,
            Errors errors) {}

    /** One line of the counts table; the last line of the table is always blank, to add a line. */
    public record CountLine(int index, String sector, String region, String organisation, String participants) {}

    public record CountsTable(List<CountLine> lines, List<Option> sectors, List<Option> regions, Errors errors) {}

    public record EventPage(EventForm event, CountsTable counts, boolean saved) {}
}
