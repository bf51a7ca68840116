package fi.mittari.context.web;

import fi.mittari.context.CodeLists;
import fi.mittari.context.ContextRules;
import fi.mittari.context.Drafts.EventDraft;
import fi.mittari.context.Event;
import fi.mittari.context.FieldProblem;
import fi.mittari.context.Organisation;
import fi.mittari.context.Organisations;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.context.web.EventViews.Choice;
import fi.mittari.context.web.EventViews.EventForm;
import fi.mittari.context.web.EventViews.EventSummary;
import fi.mittari.context.web.EventViews.Problem;
import fi.mittari.context.web.EventViews.Problems;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Builds the event pages' views from stored events: projects, organisations and codes by their names. */
@Singleton
class EventModels {

    private final Projects projects;
    private final Organisations organisations;
    private final CodeLists codeLists;

    EventModels(Projects projects, Organisations organisations, CodeLists codeLists) {
        this.projects = projects;
        this.organisations = organisations;
        this.codeLists = codeLists;
    }

    CodeNames regions(EventTexts texts) {
        return CodeNames.of(codeLists, ContextRules.REGION, texts.language());
    }

    CodeNames sectors(EventTexts texts) {
        return CodeNames.of(codeLists, ContextRules.SECTOR, texts.language());
    }

    CodeNames eventTypes(EventTexts texts) {
        return CodeNames.of(codeLists, ContextRules.EVENT_TYPE, texts.language());
    }

    List<Choice> projectChoices() {
        return projects.all().stream().map(p -> new Choice(p.code(), p.name())).toList();
    }

    Map<Long, Project> projectsById() {
        return projects.all().stream().collect(Collectors.toMap(Project::id, Function.identity()));
    }

    Map<Long, String> organisationNames() {
        return organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
    }

    List<Choice> organisationChoices() {
        return organisations.all().stream()
                .map(o -> new Choice(o.name(), o.name()))
                .toList();
    }

    EventSummary summary(Event e, EventTexts texts) {
        Project project = projects.byId(e.projectId()).orElseThrow();
        return new EventSummary(
                e.code(),
                e.name(),
                project.code(),
                project.name(),
                e.startsOn(),
                e.endsOn(),
                regions(texts).name(e.regionCode()),
                eventTypes(texts).name(e.eventType()),
                e.theme() == null ? "" : e.theme(),
                e.networkCode() == null ? "" : e.networkCode());
    }

    EventDraft draft(Event e) {
        return new EventDraft(
                e.code(),
                projects.byId(e.projectId()).map(Project::code).orElse(""),
                e.name(),
                e.startsOn().toString(),
                e.endsOn().toString(),
                e.regionCode() == null ? "" : e.regionCode(),
                e.eventType(),
                e.theme() == null ? "" : e.theme(),
                e.networkCode() == null ? "" : e.networkCode());
    }

    EventForm form(boolean creating, EventDraft d, Problems problems, EventTexts texts) {
        return new EventForm(
                creating,
                d.code(),
                d.project(),
                d.name(),
                d.startsOn(),
                d.endsOn(),
                d.region(),
                d.eventType(),
                d.theme(),
                d.network(),
                projectChoices(),
                regions(texts).choices(),
                eventTypes(texts).choices(),
                problems);
    }

    /** A form's problems, each linked to its field ({@code e-name}) and labelled as the form labels it. */
    static Problems problems(List<FieldProblem> problems, EventTexts texts) {
        return new Problems(problems.stream()
                .map(p -> new Problem("e-" + p.field(), texts.label(p.field()), texts.problem(p.message())))
                .toList());
    }
}
