package fi.mittari.context;

import fi.mittari.context.ContextRules.ProjectFields;
import fi.mittari.context.Drafts.ProjectDraft;
import fi.mittari.context.persistence.ProjectRepository;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Creates and changes projects; their goals are {@link RecordingGoals}' and coached participants {@link RecordingCoached}'. */
@Singleton
public class RecordingProjects {

    private final ProjectRepository projects;
    private final Clock clock;

    RecordingProjects(ProjectRepository projects, Clock clock) {
        this.projects = projects;
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
            return new Recorded.Taken<>(new FieldProblem(
                    "code", "'" + checked.code() + "' is already in use", "taken", List.of(checked.code())));
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
}
