package fi.mittari.context;

import fi.mittari.context.ContextRules.GoalFields;
import fi.mittari.context.Drafts.GoalDraft;
import fi.mittari.context.persistence.ProjectGoalRepository;
import fi.mittari.context.persistence.ProjectRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Adds, changes and removes a project's goals, or replaces them all. Baselines and targets are in the indicator's unit
 * ({@link GoalValues}: a share is a fraction 0–1), checked against the indicators in force.
 */
@Singleton
public class RecordingGoals {

    private final ProjectRepository projects;
    private final ProjectGoalRepository goals;
    private final GoalIndicators indicators;

    RecordingGoals(ProjectRepository projects, ProjectGoalRepository goals, GoalIndicators indicators) {
        this.projects = projects;
        this.goals = goals;
        this.indicators = indicators;
    }

    /** Replaces the project's goals with {@code drafts}, in their order. */
    @Transactional
    public Recorded<List<ProjectGoal>> replace(String code, List<GoalDraft> drafts) {
        Optional<Project> project = projects.findByCode(code);
        if (project.isEmpty()) {
            return missingProject(code);
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<GoalFields> checked = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Fields fields = new Fields("goals[" + i + "].", CodeLookup.NONE);
            checked.add(ContextRules.goal(drafts.get(i), fields, indicators));
            problems.addAll(fields.problems());
        }
        if (!problems.isEmpty()) {
            return new Recorded.Refused<>(problems);
        }
        long projectId = project.get().id();
        goals.deleteByProjectId(projectId);
        List<ProjectGoal> saved = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            saved.add(goals.save(goal(null, projectId, i + 1, checked.get(i))));
        }
        return new Recorded.Saved<>(saved);
    }

    /** Adds a goal after the project's others. */
    @Transactional
    public Recorded<ProjectGoal> add(String code, GoalDraft draft) {
        Optional<Project> project = projects.findByCode(code);
        if (project.isEmpty()) {
            return missingProject(code);
        }
        Fields fields = new Fields(CodeLookup.NONE);
        GoalFields checked = ContextRules.goal(draft, fields, indicators);
        if (!fields.ok()) {
            return new Recorded.Refused<>(fields.problems());
        }
        long projectId = project.get().id();
        int last = goals.findByProjectIdOrderByPosition(projectId).stream()
                .mapToInt(ProjectGoal::position)
                .max()
                .orElse(0);
        return new Recorded.Saved<>(goals.save(goal(null, projectId, last + 1, checked)));
    }

    /** Changes the goal {@code id} of the project, keeping its place in the list. */
    @Transactional
    public Recorded<ProjectGoal> change(String code, long id, GoalDraft draft) {
        Optional<ProjectGoal> existing = goalOf(code, id);
        if (existing.isEmpty()) {
            return new Recorded.Missing<>("No goal " + id + " in project '" + code + "'");
        }
        Fields fields = new Fields(CodeLookup.NONE);
        GoalFields checked = ContextRules.goal(draft, fields, indicators);
        if (!fields.ok()) {
            return new Recorded.Refused<>(fields.problems());
        }
        ProjectGoal goal = existing.get();
        return new Recorded.Saved<>(goals.update(goal(goal.id(), goal.projectId(), goal.position(), checked)));
    }

    /** Removes the goal {@code id} of the project; false when the project has no such goal. */
    @Transactional
    public boolean remove(String code, long id) {
        Optional<ProjectGoal> existing = goalOf(code, id);
        existing.ifPresent(goals::delete);
        return existing.isPresent();
    }

    private Optional<ProjectGoal> goalOf(String code, long id) {
        return projects.findByCode(code).flatMap(p -> goals.findById(id).filter(g -> g.projectId() == p.id()));
    }

    private static ProjectGoal goal(Long id, long projectId, int position, GoalFields goal) {
        return new ProjectGoal(
                id,
                projectId,
                position,
                goal.description(),
                goal.indicator().orElse(null),
                goal.target().orElse(null),
                goal.baseline().orElse(null));
    }

    private static <T> Recorded<T> missingProject(String code) {
        return new Recorded.Missing<>("No project with code '" + code + "'");
    }
}
