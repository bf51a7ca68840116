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

    public record ProjectRow(String code, String name, String funder, String period) {}

    public record ProjectList(List<ProjectRow> rows) {}

    public record ProjectForm(
            String code,
            String name,
            String funder,
            String grantId,
            String startsOn,
            String endsOn,
            String description,
            Errors errors) {}

    public record GoalRow(int position, String description, String indicator, String target, String baseline) {}

    public record EventRow(String code, String name, String period, String region, String type) {}

    public record ProjectDetail(
            ProjectRow project,
            String grantId,
            String description,
            List<GoalRow> goals,
            List<EventRow> events,
            long coachedParticipants) {}

    public record OrganisationRow(String name, String sector, String region) {}

    public record OrganisationPage(
            List<OrganisationRow> rows,
            String name,
            String sector,
            String region,
            List<Option> sectors,
            List<Option> regions,
            Errors errors) {}
}
