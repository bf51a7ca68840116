package fi.mittari.context;

import fi.mittari.context.ContextRules.CoachedFields;
import fi.mittari.context.Drafts.CoachedDraft;
import fi.mittari.context.persistence.CoachedParticipantRepository;
import fi.mittari.context.persistence.ProjectRepository;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Adds a project's coached participants by pseudonym, with their coaching dates, and changes those dates. A pseudonym
 * is unique in its project whatever its case ({@link ContextRules#pseudonym}: stored upper-cased).
 */
@Singleton
public class RecordingCoached {

    private final ProjectRepository projects;
    private final CoachedParticipantRepository coached;
    private final Clock clock;

    RecordingCoached(ProjectRepository projects, CoachedParticipantRepository coached, Clock clock) {
        this.projects = projects;
        this.coached = coached;
        this.clock = clock;
    }

    /**
     * Erases the project's coached participant of the pseudonym (given upper-cased, as stored), on a person's request;
     * returns how many were erased: none when the project or the pseudonym is unknown.
     */
    @Transactional
    public int erase(String projectCode, String pseudonym) {
        return projects.findByCode(projectCode)
                .map(project -> coached.deleteByProjectIdAndPseudonym(project.id(), pseudonym))
                .orElse(0);
    }

    /** Pseudonyms added and those the project already had (or that the list repeated), which are not stored twice. */
    public record CoachedAdded(List<String> added, List<String> duplicates) {}

    /** Pseudonyms without dates, as a plain list names them. */
    @Transactional
    public Recorded<CoachedAdded> addPseudonyms(String code, List<String> pseudonyms) {
        return add(code, pseudonyms.stream().map(CoachedDraft::of).toList(), "pseudonyms");
    }

    /**
     * Adds every new pseudonym of {@code drafts}; duplicates are reported, and their dates left as they are. A twin
     * request adding the same pseudonym at the same moment makes this throw a {@link DataAccessException} for which
     * {@link fi.mittari.DuplicateKey#causedBy} is true, and nothing is stored.
     */
    @Transactional
    public Recorded<CoachedAdded> add(String code, List<CoachedDraft> drafts) {
        return add(code, drafts, "participants");
    }

    private Recorded<CoachedAdded> add(String code, List<CoachedDraft> drafts, String list) {
        Optional<Project> project = projects.findByCode(code);
        if (project.isEmpty()) {
            return missingProject(code);
        }
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, CoachedFields> unique = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            Fields fields = new Fields(list + "[" + i + "].", CodeLookup.NONE);
            CoachedFields checked = ContextRules.coached(drafts.get(i), fields);
            problems.addAll(fields.problems());
            if (unique.putIfAbsent(checked.pseudonym(), checked) != null) {
                duplicates.add(checked.pseudonym());
            }
        }
        if (drafts.isEmpty()) {
            problems.add(new FieldProblem(list, "must list at least one coached participant"));
        }
        if (!problems.isEmpty()) {
            return new Recorded.Refused<>(problems);
        }
        long projectId = project.get().id();
        Set<String> known = new HashSet<>();
        coached.findByProjectIdOrderByPseudonym(projectId).forEach(c -> known.add(c.pseudonym()));
        List<String> added = new ArrayList<>();
        for (CoachedFields participant : unique.values()) {
            if (known.contains(participant.pseudonym())) {
                duplicates.add(participant.pseudonym());
            } else {
                coached.save(participant(projectId, participant));
                added.add(participant.pseudonym());
            }
        }
        return new Recorded.Saved<>(new CoachedAdded(added, duplicates));
    }

    /** Adds one coached participant; a pseudonym the project has already (in any case) is refused as taken. */
    @Transactional
    public Recorded<CoachedParticipant> addOne(String code, CoachedDraft draft) {
        Optional<Project> project = projects.findByCode(code);
        if (project.isEmpty()) {
            return missingProject(code);
        }
        Fields fields = new Fields(CodeLookup.NONE);
        CoachedFields checked = ContextRules.coached(draft, fields);
        if (!fields.ok()) {
            return new Recorded.Refused<>(fields.problems());
        }
        long projectId = project.get().id();
        if (coached.existsByProjectIdAndPseudonym(projectId, checked.pseudonym())) {
            return taken(checked.pseudonym());
        }
        try {
            return new Recorded.Saved<>(coached.save(participant(projectId, checked)));
        } catch (RuntimeException e) {
            if (fi.mittari.DuplicateKey.causedBy(e)) {
                return taken(checked.pseudonym());
            }
            throw e;
        }
    }

    /** Changes the coaching dates of {@code pseudonym} (in any case) in the project. */
    @Transactional
    public Recorded<CoachedParticipant> changeDates(String code, String pseudonym, String startedOn, String endedOn) {
        Fields fields = new Fields(CodeLookup.NONE);
        CoachedFields checked = ContextRules.coached(new CoachedDraft(pseudonym, startedOn, endedOn), fields);
        Optional<CoachedParticipant> existing = projects.findByCode(code)
                .flatMap(p -> coached.findByProjectIdAndPseudonym(p.id(), checked.pseudonym()));
        if (existing.isEmpty()) {
            return new Recorded.Missing<>("No coached participant '" + pseudonym + "' in project '" + code + "'");
        }
        if (!fields.ok()) {
            return new Recorded.Refused<>(fields.problems());
        }
        CoachedParticipant known = existing.get();
        return new Recorded.Saved<>(coached.update(new CoachedParticipant(
                known.id(),
                known.projectId(),
                known.pseudonym(),
                checked.startedOn().orElse(null),
                checked.endedOn().orElse(null),
                known.createdAt())));
    }

    private CoachedParticipant participant(long projectId, CoachedFields fields) {
        return new CoachedParticipant(
                null,
                projectId,
                fields.pseudonym(),
                fields.startedOn().orElse(null),
                fields.endedOn().orElse(null),
                clock.instant());
    }

    private static <T> Recorded<T> taken(String pseudonym) {
        return new Recorded.Taken<>(new FieldProblem(
                "pseudonym",
                "'" + pseudonym + "' is already a coached participant of the project",
                "pseudonymTaken",
                List.of(pseudonym)));
    }

    private static <T> Recorded<T> missingProject(String code) {
        return new Recorded.Missing<>("No project with code '" + code + "'");
    }
}
