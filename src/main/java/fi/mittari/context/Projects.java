package fi.mittari.context;

import fi.mittari.context.persistence.CoachedParticipantRepository;
import fi.mittari.context.persistence.EventRepository;
import fi.mittari.context.persistence.ParticipationRepository;
import fi.mittari.context.persistence.ProjectGoalRepository;
import fi.mittari.context.persistence.ProjectRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/**
 * Finds projects and their events, goals, coached participants and participation: the one view of the context that
 * other features use (a campaign names its project by code and its event by code).
 */
@Singleton
public class Projects {

    private final ProjectRepository projects;
    private final ProjectGoalRepository goals;
    private final EventRepository events;
    private final ParticipationRepository participation;
    private final CoachedParticipantRepository coached;

    Projects(
            ProjectRepository projects,
            ProjectGoalRepository goals,
            EventRepository events,
            ParticipationRepository participation,
            CoachedParticipantRepository coached) {
        this.projects = projects;
        this.goals = goals;
        this.events = events;
        this.participation = participation;
        this.coached = coached;
    }

    public Optional<Project> byCode(String code) {
        return projects.findByCode(code);
    }

    public Optional<Project> byId(long id) {
        return projects.findById(id);
    }

    public List<Project> all() {
        return projects.findAllOrderByCode();
    }

    public Optional<Event> event(String code) {
        return events.findByCode(code);
    }

    public List<Event> events() {
        return events.findAllOrderByStartsOnAndCode();
    }

    public List<Event> events(Project project) {
        return events.findByProjectIdOrderByStartsOnAndCode(project.id());
    }

    public List<ProjectGoal> goals(Project project) {
        return goals.findByProjectIdOrderByPosition(project.id());
    }

    public List<CoachedParticipant> coached(Project project) {
        return coached.findByProjectIdOrderByPseudonym(project.id());
    }

    public long coachedCount(Project project) {
        return coached.countByProjectId(project.id());
    }

    public List<Participation> participation(Event event) {
        return participation.findByEventIdOrderById(event.id());
    }
}
