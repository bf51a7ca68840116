package fi.mittari.context;

import fi.mittari.context.ContextRules.GoalFields;
import fi.mittari.context.ContextRules.ProjectFields;
import fi.mittari.context.Drafts.GoalDraft;
import fi.mittari.context.Drafts.ProjectDraft;
import fi.mittari.context.persistence.CoachedParticipantRepository;
import fi.mittari.context.persistence.ProjectGoalRepository;
import fi.mittari.context.persistence.ProjectRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Creates and changes projects, replaces their goals and adds coached participants by pseudonym. */
@Singleton
public class RecordingProjects {

    private final ProjectRepository projects;
    private final ProjectGoalRepository goals;
    private final CoachedParticipantRepository coached;
    private final Clock clock;

    RecordingProjects(
            ProjectRepository projects,
            ProjectGoalRepository goals,
            CoachedParticipantRepository coached,
            Clock clock) {
        this.projects = projects;
        this.goals = goals;
        this.coached = coached;
        this.clock = clock;
    }

    @Transactional
    public Recorded<Project> create(ProjectDraft draft) {
        Fields fields = new Fields(CodeLookup.NONE);
        ProjectFields checked = ContextRules.project(draft, fields);
        if (!fields.ok()) {
            return new Recorded.Refused<>(fields.problems());
        }
        if (projects.existsByCode(checked.code())) {
            return new Recorded.Taken<>(new FieldProblem("code", "'" + checked.code() + "' is already in use"));
        }
        return new Recorded.Saved<>(projects.save(project(null, checked, clock.instant())));
    }

    /** Changes everything but the code, which campaigns and imports name the project by. */
    @Transactional
    public Recorded<Project> change(String code, ProjectDraft draft) {
        Optional<Project> existing = projects.findByCode(code);
        if (existing.isEmpty()) {
            return new Recorded.Missing<>("No project with code '" + code + "'");
        }
        Fields fields = new Fields(CodeLookup.NONE);
        ProjectFields checked = ContextRules.project(
                new ProjectDraft(
                        code,
                        draft.name(),
                        draft.funder(),
                        draft.grantId(),
                        draft.startsOn(),
                        draft.endsOn(),
                        draft.description()),
                fields);
        if (!fields.ok()) {
            return new Recorded.Refused<>(fields.problems());
        }
        return new Recorded.Saved<>(projects.update(
                project(existing.get().id(), checked, existing.get().createdAt())));
    }

    private static Project project(Long id, ProjectFields checked, java.time.Instant createdAt) {
        return new Project(
                id,
                checked.code(),
                checked.name(),
                checked.funder(),
                createdAt,
                checked.grantId().orElse(null),
                checked.startsOn().orElse(null),
                checked.endsOn().orElse(null),
                checked.description().orElse(null));
    }

    /** Replaces the project's goals with {@code drafts}, in their order. */
    @Transactional
    public Recorded<List<ProjectGoal>> replaceGoals(String code, List<GoalDraft> drafts) {
        Optional<Project> project = projects.findByCode(code);
        if (project.isEmpty()) {
            return new Recorded.Missing<>("No project with code '" + code + "'");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<GoalFields> checked = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Fields fields = new Fields("goals[" + i + "].", CodeLookup.NONE);
            checked.add(ContextRules.goal(drafts.get(i), fields));
            problems.addAll(fields.problems());
        }
        if (!problems.isEmpty()) {
            return new Recorded.Refused<>(problems);
        }
        long projectId = project.get().id();
        goals.deleteByProjectId(projectId);
        List<ProjectGoal> saved = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            GoalFields goal = checked.get(i);
            saved.add(goals.save(new ProjectGoal(
                    null,
                    projectId,
                    i + 1,
                    goal.description(),
                    goal.indicator().orElse(null),
                    goal.target().orElse(null),
                    goal.baseline().orElse(null))));
        }
        return new Recorded.Saved<>(saved);
    }

    /** Pseudonyms added and those the project already had (or that the list repeated), which are not stored twice. */
    public record CoachedAdded(List<String> added, List<String> duplicates) {}

    @Transactional
    public Recorded<CoachedAdded> addCoached(String code, List<String> pseudonyms) {
        Optional<Project> project = projects.findByCode(code);
        if (project.isEmpty()) {
            return new Recorded.Missing<>("No project with code '" + code + "'");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> unique = new LinkedHashSet<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < pseudonyms.size(); i++) {
            Fields fields = new Fields("pseudonyms[" + i + "].", CodeLookup.NONE);
            String pseudonym = ContextRules.pseudonym(pseudonyms.get(i), fields);
            problems.addAll(fields.problems());
            if (!unique.add(pseudonym)) {
                duplicates.add(pseudonym);
            }
        }
        if (pseudonyms.isEmpty()) {
            problems.add(new FieldProblem("pseudonyms", "must list at least one pseudonym"));
        }
        if (!problems.isEmpty()) {
            return new Recorded.Refused<>(problems);
        }
        Set<String> known = new java.util.HashSet<>();
        coached.findByProjectIdOrderByPseudonym(project.get().id()).forEach(c -> known.add(c.pseudonym()));
        List<String> added = new ArrayList<>();
        for (String pseudonym : unique) {
            if (known.contains(pseudonym)) {
                duplicates.add(pseudonym);
            } else {
                coached.save(new CoachedParticipant(null, project.get().id(), pseudonym, null, null, clock.instant()));
                added.add(pseudonym);
            }
        }
        return new Recorded.Saved<>(new CoachedAdded(added, duplicates));
    }
}
