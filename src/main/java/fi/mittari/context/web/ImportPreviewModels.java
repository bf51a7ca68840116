package fi.mittari.context.web;

import fi.mittari.context.Event;
import fi.mittari.context.ImportPlan;
import fi.mittari.context.ImportPreviews.Preview;
import fi.mittari.context.Participation;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.context.web.EventViews.PlannedEvent;
import fi.mittari.context.web.EventViews.PlannedRow;
import fi.mittari.context.web.EventViews.PreviewPage;
import fi.mittari.context.web.EventViews.RowProblem;
import fi.mittari.web.UploadRefusal;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The preview of a held upload, by names in the page's language. */
@Singleton
class ImportPreviewModels {

    /** Listed on the page at most; the counts above the table cover every row. */
    static final int LISTED = 1000;

    private final Projects projects;
    private final EventModels models;

    ImportPreviewModels(Projects projects, EventModels models) {
        this.projects = projects;
        this.models = models;
    }

    PreviewPage page(Preview preview, boolean changed, EventTexts texts) {
        ImportPlan plan = preview.plan();
        List<RowProblem> problems = plan.problems().stream()
                .limit(UploadRefusal.MAX_LISTED)
                .map(p -> new RowProblem(p.row(), p.column(), texts.label(p.column()), texts.problem(p.message())))
                .toList();
        int problemRows = (int) plan.problems().stream()
                .mapToInt(fi.mittari.context.ImportProblem::row)
                .distinct()
                .count();
        List<PlannedEvent> events = List.of();
        List<PlannedRow> rows = List.of();
        long participants = 0;
        long eventsTouched = 0;
        int replaced = 0;
        int planned = 0;
        if (plan instanceof ImportPlan.Events plannedEvents) {
            events = events(plannedEvents, texts);
            eventsTouched = plannedEvents.events().size();
            planned = plannedEvents.events().size();
        } else {
            ImportPlan.Participations plannedRows = (ImportPlan.Participations) plan;
            rows = rows(plannedRows, texts);
            participants = plannedRows.rows().stream()
                    .mapToLong(Participation::participants)
                    .sum();
            eventsTouched = plannedRows.events();
            replaced = plannedRows.replaced().size();
            planned = plannedRows.rows().size();
        }
        return new PreviewPage(
                preview.token(),
                preview.kind().name(),
                preview.fileName(),
                plan.sheetRows(),
                events,
                rows,
                planned,
                participants,
                eventsTouched,
                replaced,
                problems,
                problemRows,
                changed,
                plan.fingerprint());
    }

    private List<PlannedEvent> events(ImportPlan.Events plan, EventTexts texts) {
        Map<Long, Project> byId = models.projectsById();
        CodeNames regions = models.regions(texts);
        CodeNames types = models.eventTypes(texts);
        return plan.events().stream()
                .limit(LISTED)
                .map(e -> new PlannedEvent(
                        e.code(),
                        e.name(),
                        byId.containsKey(e.projectId())
                                ? byId.get(e.projectId()).name()
                                : "",
                        e.startsOn(),
                        e.endsOn(),
                        regions.name(e.regionCode()),
                        types.name(e.eventType()),
                        e.theme() == null ? "" : e.theme()))
                .toList();
    }

    private List<PlannedRow> rows(ImportPlan.Participations plan, EventTexts texts) {
        Map<Long, String> eventNames = new HashMap<>();
        for (Event e : projects.events()) {
            eventNames.put(e.id(), e.name());
        }
        Map<Long, String> organisations = models.organisationNames();
        CodeNames sectors = models.sectors(texts);
        CodeNames regions = models.regions(texts);
        return plan.rows().stream()
                .limit(LISTED)
                .map(p -> new PlannedRow(
                        eventNames.getOrDefault(p.eventId(), ""),
                        p.organisationId() == null ? "" : organisations.getOrDefault(p.organisationId(), ""),
                        sectors.name(p.sectorCode()),
                        regions.name(p.regionCode()),
                        p.participants()))
                .toList();
    }
}
