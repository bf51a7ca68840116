package fi.mittari.context.web;

import fi.mittari.context.CodeListEntry;
import fi.mittari.context.FieldProblem;
import fi.mittari.context.Project;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The view models of the project and organisation pages: raw values, formatted by the templates in the page's language. */
public final class ProjectViews {

    private ProjectViews() {}

    public record ProjectSummary(
            String code,
            String name,
            String funder,
            String grantId,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            String description) {

        static ProjectSummary of(Project p) {
            return new ProjectSummary(
                    p.code(),
                    p.name(),
                    p.funder(),
                    p.grantId() == null ? "" : p.grantId(),
                    p.startsOn(),
                    p.endsOn(),
                    p.description() == null ? "" : p.description());
        }
    }

    public record ProjectList(List<ProjectSummary> rows) {}

    /** The project form; {@code editing} when the project exists, and then its code is shown, not typed. */
    public record ProjectForm(
            boolean editing,
            String code,
            String name,
            String funder,
            String grantId,
            String startsOn,
            String endsOn,
            String description,
            FormErrors errors) {}

    /**
     * A goal: baseline and target as stored (a share's a fraction 0–1, shown as a percentage), each with the decimals
     * it was given.
     */
    public record GoalRow(
            long id,
            String description,
            String indicator,
            boolean share,
            @Nullable BigDecimal baseline,
            int baselineDecimals,
            @Nullable BigDecimal target,
            int targetDecimals) {}

    /** An indicator a goal may name, by its name in the page's language; a share's values are typed as percentages. */
    public record IndicatorOption(String code, String name, boolean share) {}

    /** The goal form as typed (a share's baseline and target in per cent). */
    public record GoalForm(
            String description,
            String indicator,
            String baseline,
            String target,
            List<IndicatorOption> indicators,
            FormErrors errors) {}

    public record EventRow(
            String code, String name, LocalDate startsOn, LocalDate endsOn, String region, String eventType) {}

    public record CoachedRow(String pseudonym, @Nullable LocalDate startedOn, @Nullable LocalDate endedOn) {}

    public record CoachedForm(String pseudonym, String startedOn, String endedOn, FormErrors errors) {}

    public record ProjectDetail(
            ProjectSummary project,
            List<GoalRow> goals,
            GoalForm newGoal,
            List<EventRow> events,
            List<CoachedRow> coached,
            CoachedForm newCoached) {}

    /** One goal's own page: its form, and the way to remove it. */
    public record GoalPage(ProjectSummary project, long id, GoalForm goal) {}

    /** One coached participant's page: the dates' form. */
    public record CoachedPage(ProjectSummary project, CoachedForm coached) {}

    public record OrganisationRow(String name, String sector, String region) {}

    public record Option(String code, String name) {}

    public record OrganisationPage(
            List<OrganisationRow> rows,
            String name,
            String sector,
            String region,
            List<Option> sectors,
            List<Option> regions,
            FormErrors errors) {}

    /**
     * A refused form's problems as the page says them: the field by its label ({@code labelKey}) and the broken rule
     * ({@code messageKey} with up to two arguments); {@code anchor} is the id of the field's input.
     */
    public record Problem(
            String field,
            String anchor,
            String labelKey,
            String messageKey,
            String arg0,
            String arg1,
            String lineKey) {}

    public record FormErrors(List<Problem> problems) {

        public static final FormErrors NONE = new FormErrors(List.of());

        /**
         * @param labels the prefix of the fields' label keys ({@code projects.goal.field.})
         * @param bundle the bundle whose {@code <bundle>.problem.<rule>} keys say the rules
         * @param idPrefix prefix of the inputs' ids
         * @param percentFields fields typed as percentages, whose share and decimals rules are said in per cent
         */
        static FormErrors of(
                List<FieldProblem> problems, String labels, String bundle, String idPrefix, Set<String> percentFields) {
            return new FormErrors(problems.stream()
                    .map(p -> {
                        String rule = p.rule().isEmpty() ? "other" : p.rule();
                        if (percentFields.contains(p.field())
                                && Set.of("share", "decimals").contains(rule)) {
                            rule = rule.equals("share") ? "percent" : "percentDecimals";
                        }
                        List<String> args = p.arguments();
                        return new Problem(
                                p.field(),
                                idPrefix + p.field(),
                                labels + p.field(),
                                bundle + ".problem." + rule,
                                args.isEmpty() ? "" : args.get(0),
                                args.size() < 2 ? "" : args.get(1),
                                bundle + ".problem.line");
                    })
                    .toList());
        }

        public boolean any() {
            return !problems.isEmpty();
        }

        public boolean has(String field) {
            return problems.stream().anyMatch(p -> p.field().equals(field));
        }

        /** The first problem of {@code field}, or null. */
        public @Nullable Problem of(String field) {
            return problems.stream()
                    .filter(p -> p.field().equals(field))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** An entry's name in {@code language} ("fi", "sv", "en"). */
    static String name(CodeListEntry entry, String language) {
        return switch (language) {
            case "sv" -> entry.nameSv();
            case "en" -> entry.nameEn();
            default -> entry.nameFi();
        };
    }
}
