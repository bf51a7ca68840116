package fi.mittari.report.preparing;

import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.Invitations;
import fi.mittari.context.CodeLists;
import fi.mittari.context.Ecosystems;
import fi.mittari.context.Projects;
import fi.mittari.indicator.SuppressionSettings;
import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.engine.IndicatorValues;
import fi.mittari.indicator.engine.RecordedAttendance;
import fi.mittari.indicator.progress.GoalProgress;
import fi.mittari.indicator.progress.MeasuringProgress;
import fi.mittari.indicator.statistics.Suppression;
import fi.mittari.indicator.statistics.SuppressionRule;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.report.content.ChangeResult;
import fi.mittari.report.content.Cover;
import fi.mittari.report.content.Employment;
import fi.mittari.report.content.GoalResult;
import fi.mittari.report.content.Reach;
import fi.mittari.report.content.SummaryRow;
import fi.mittari.report.content.WorkbookContent;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.response.StoredResponses;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prepares a workbook's content from the indicator values stored for each project's scope (project, period as the
 * definition resolves it) or for the report's ecosystem ({@link ReportScopes}), the project context, the questionnaires and the answers. Reads only: the job makes sure the
 * scopes were computed first. A scope without stored values gives empty figures with a note, not an error.
 */
@Singleton
public class PreparingFromStoredResults implements PreparingReport {

    private final RecordedAttendance attendance;
    private final IndicatorValues values;
    private final IndicatorCatalog indicators;
    private final Projects projects;
    private final ReportScopes reportScopes;
    private final CodeLists codeLists;
    private final QuestionnaireCatalog questionnaires;
    private final SurveyCampaigns campaignsOfScopes;
    private final ReportHistory history;
    private final StoredResponses responses;
    private final Invitations invitations;
    private final SuppressionRule rule;
    private final ZoneId zone;
    private final MeasuringProgress progress;

    PreparingFromStoredResults(
            IndicatorValues values,
            IndicatorCatalog indicators,
            Projects projects,
            Ecosystems ecosystems,
            CodeLists codeLists,
            QuestionnaireCatalog questionnaires,
            Campaigns campaigns,
            ReportHistory history,
            MeasuringProgress progress,
            RecordedAttendance attendance,
            StoredResponses responses,
            Invitations invitations,
            MinimumGroupSetting minimumGroup,
            SuppressionSettings thresholds,
            ZoneId zone) {
        this.values = values;
        this.attendance = attendance;
        this.indicators = indicators;
        this.projects = projects;
        this.reportScopes = new ReportScopes(projects, ecosystems, values);
        this.codeLists = codeLists;
        this.questionnaires = questionnaires;
        this.campaignsOfScopes = new SurveyCampaigns(projects, campaigns, questionnaires);
        this.history = history;
        this.progress = progress;
        this.responses = responses;
        this.invitations = invitations;
        this.rule = new SuppressionRule(minimumGroup.minimumGroupSize(), thresholds.minPersons());
        this.zone = zone;
    }

    @Override
    public WorkbookContent prepare(ReportDefinition definition, Instant generatedAt, LocalDate today) {
        ReportTexts texts = new ReportTexts(definition.language(), rule);
        GroupLabels labels = new GroupLabels(codeLists, questionnaires, texts);
        Suppression suppression = new Suppression(rule);
        IndicatorFigures figures = new IndicatorFigures(texts, labels);
        OutcomeFigures outcomes = new OutcomeFigures(texts, figures, labels, indicators);
        ActivityFigures activities = new ActivityFigures(attendance, texts, labels, suppression);
        SurveyFigures surveys =
                new SurveyFigures(responses, texts, suppression, new ReachTables(texts, labels, suppression));
        MethodFigures method = new MethodFigures(texts);

        List<ProjectScope> scopes = reportScopes.of(definition, today);
        List<IndicatorDefinition> shown = shownIndicators(definition, scopes);
        List<ReportCampaign> surveyCampaigns = campaignsOfScopes.of(scopes);

        List<SummaryRow> summary = new ArrayList<>();
        List<fi.mittari.report.content.BreakdownRow> breakdowns = new ArrayList<>();
        List<GoalResult> goals = new ArrayList<>();
        List<ChangeResult> changes = new ArrayList<>();
        for (ProjectScope scope : scopes) {
            // one source of targets for the Summary and the Goals sheet (and the staff pages): MeasuringProgress
            // an ecosystem has no goals of its own: goals are its projects'
            List<GoalProgress> projectGoals =
                    scope.project().map(p -> progress.of(p, scope.values())).orElse(List.of());
            for (IndicatorDefinition indicator : shown) {
                summary.add(figures.summary(scope, indicator, projectGoals));
                breakdowns.addAll(figures.breakdowns(scope, indicator, definition.breakdowns()));
                if (indicator.measure() instanceof Measure.PairedChange) {
                    changes.add(outcomes.change(scope, indicator));
                }
            }
            projectGoals.forEach(goal -> goals.add(figures.goal(scope, goal, indicators.byCode(goal.indicatorCode()))));
            scope.project().stream()
                    .flatMap(p -> projects.goals(p).stream())
                    .filter(goal ->
                            goal.indicatorCode() == null || goal.indicatorCode().isBlank())
                    .forEach(goal -> goals.add(figures.unmeasured(scope, goal)));
        }
        Optional<Employment> employment = definition.employment().flatMap(section -> scopes.stream()
                .filter(s -> s.total(section.coached()).isPresent())
                .findFirst()
                .or(() -> scopes.stream().findFirst())
                .flatMap(s -> outcomes.employment(s, section)));
        List<Reach.ReachTable> reach = new ArrayList<>(activities.participants(scopes));
        reach.addAll(surveys.respondents(surveyCampaigns));
        ResponseQuality quality = new ResponseQuality(responses, invitations, texts, zone);

        var methods = shown.stream().map(method::indicator).toList();
        WorkbookContent content = new WorkbookContent(
                definition.language(),
                cover(definition, scopes, generatedAt, labels, texts),
                summary,
                breakdowns,
                goals,
                activities.activities(scopes),
                new Reach(reach),
                definition.options().distributions()
                        ? Optional.of(surveys.distributions(surveyCampaigns))
                        : Optional.empty(),
                changes,
                employment,
                surveyCampaigns.stream().map(quality::quality).toList(),
                method.method(methods, List.of()),
                definition.options().data()
                        ? Optional.of(new AnswerDataFigures(
                                        responses, texts, definition.options().openText())
                                .data(surveyCampaigns))
                        : Optional.empty());
        List<String> changed = method.changes(history.previous(definition.code()), ArchivedFigures.of(content));
        return new WorkbookContent(
                content.language(),
                content.cover(),
                content.summary(),
                content.breakdowns(),
                content.goals(),
                content.activities(),
                content.reach(),
                content.distributions(),
                content.changes(),
                content.employment(),
                content.quality(),
                method.method(methods, changed),
                content.data());
    }

    /** The definition's indicators in its order (unknown codes left out), or every indicator with stored values. */
    private List<IndicatorDefinition> shownIndicators(ReportDefinition definition, List<ProjectScope> scopes) {
        if (!definition.indicators().isEmpty()) {
            return definition.indicators().stream()
                    .map(indicators::byCode)
                    .flatMap(Optional::stream)
                    .toList();
        }
        return indicators.all().stream()
                .filter(d -> scopes.stream().anyMatch(s -> s.total(d.code()).isPresent()))
                .toList();
    }

    private Cover cover(
            ReportDefinition definition,
            List<ProjectScope> scopes,
            Instant generatedAt,
            GroupLabels labels,
            ReportTexts texts) {
        return new Cover(
                definition.title(),
                definition.code(),
                reportScopes.coverProjects(definition).stream()
                        .map(p ->
                                new Cover.ProjectLine(p.code(), p.name(), p.funder(), Optional.ofNullable(p.grantId())))
                        .toList(),
                scopes.stream()
                        .map(ProjectScope::from)
                        .min(LocalDate::compareTo)
                        .orElseThrow(),
                scopes.stream().map(ProjectScope::to).max(LocalDate::compareTo).orElseThrow(),
                scopes.stream()
                        .map(ProjectScope::computedAt)
                        .flatMap(Optional::stream)
                        .max(Instant::compareTo)
                        .orElse(generatedAt),
                generatedAt,
                MittariVersion.current(),
                definition.contact().name(),
                definition.contact().email(),
                definition.contact().phone(),
                zone,
                reportScopes.cover(definition, labels, texts));
    }
}
