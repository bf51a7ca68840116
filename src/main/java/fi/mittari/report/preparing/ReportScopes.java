package fi.mittari.report.preparing;

import fi.mittari.context.Ecosystem;
import fi.mittari.context.Ecosystems;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.IndicatorValues;
import fi.mittari.indicator.engine.ResolvingIndicatorScope;
import fi.mittari.report.content.Cover;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The scopes a report reads its figures from: each of its projects over the period as the definition resolves it,
 * or its ecosystem as one whole ({@code scope: {ecosystem: …}}) over the period resolved from the ecosystem's own
 * days, with the values stored for exactly that scope.
 */
final class ReportScopes {

    private final Projects projects;
    private final Ecosystems ecosystems;
    private final IndicatorValues values;

    ReportScopes(Projects projects, Ecosystems ecosystems, IndicatorValues values) {
        this.projects = projects;
        this.ecosystems = ecosystems;
        this.values = values;
    }

    List<ProjectScope> of(ReportDefinition definition, LocalDate today) {
        return definition
                .ecosystem()
                .map(code -> List.of(ecosystemScope(ecosystem(code), definition.period(), today)))
                .orElseGet(() -> definition.projects().stream()
                        .map(code -> projectScope(definition.period(), code, today))
                        .toList());
    }

    /** The cover's lines on the report's ecosystem, if it is of one; the region named by {@code labels}. */
    Optional<Cover.EcosystemLine> cover(ReportDefinition definition, GroupLabels labels, ReportTexts texts) {
        return definition
                .ecosystem()
                .map(this::ecosystem)
                .map(e -> new Cover.EcosystemLine(
                        e.code(),
                        texts.pick(e.nameFi(), e.nameSv(), e.nameEn()),
                        e.region().map(region -> labels.code("region", region).orElse(region))));
    }

    /** The projects a cover lists: the report's, or its ecosystem's (none for a region, which is of all projects). */
    List<Project> coverProjects(ReportDefinition definition) {
        List<String> codes =
                definition.ecosystem().map(code -> ecosystem(code).projects()).orElse(definition.projects());
        return codes.stream().map(projects::byCode).flatMap(Optional::stream).toList();
    }

    private Ecosystem ecosystem(String code) {
        return ecosystems
                .byCode(code)
                .orElseThrow(() -> new IllegalArgumentException("There is no ecosystem with code '" + code + "'"));
    }

    private ProjectScope ecosystemScope(Ecosystem ecosystem, ReportPeriod period, LocalDate today) {
        ReportPeriod.Dates dates = period.resolve(today, ecosystem.startsOn(), ecosystem.endsOn());
        IndicatorScope scope =
                new IndicatorScope(ResolvingIndicatorScope.coverage(ecosystem), dates.from(), dates.to());
        return new ProjectScope(
                ecosystem.code(), Optional.empty(), scope, values.published(scope, Optional.empty(), Optional.empty()));
    }

    private ProjectScope projectScope(ReportPeriod period, String code, LocalDate today) {
        Project project = projects.byCode(code)
                .orElseThrow(() -> new IllegalArgumentException("There is no project with code '" + code + "'"));
        ReportPeriod.Dates dates =
                period.resolve(today, Optional.ofNullable(project.startsOn()), Optional.ofNullable(project.endsOn()));
        IndicatorScope scope = new IndicatorScope(Optional.of(code), dates.from(), dates.to());
        return new ProjectScope(project, scope, values.published(scope, Optional.empty(), Optional.empty()));
    }
}
