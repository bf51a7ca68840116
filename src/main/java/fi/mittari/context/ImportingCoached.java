package fi.mittari.context;

import fi.mittari.context.ContextRules.CoachedFields;
import fi.mittari.context.Drafts.CoachedDraft;
import fi.mittari.context.persistence.CoachedParticipantRepository;
import fi.mittari.context.persistence.ProjectRepository;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetRow;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A project's coached participants from an uploaded sheet (columns {@code pseudonym}, and optionally
 * {@code started_on} and {@code ended_on}): all rows stored in one transaction, or none with every bad row listed. A
 * pseudonym the project has already gets the file's dates, so a corrected file can be uploaded again.
 */
@Singleton
public class ImportingCoached {

    public static final List<String> COLUMNS = List.of("pseudonym", "started_on", "ended_on");

    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("startedOn", "started_on", "endedOn", "ended_on");

    private final ProjectRepository projects;
    private final CoachedParticipantRepository coached;
    private final Clock clock;

    ImportingCoached(ProjectRepository projects, CoachedParticipantRepository coached, Clock clock) {
        this.projects = projects;
        this.coached = coached;
        this.clock = clock;
    }

    /** What became of an import of coached participants. */
    public sealed interface CoachedImport {

        /** How many participants were added and how many known ones had their dates replaced. */
        record Imported(int added, int updated) implements CoachedImport {}

        /** Nothing was stored: every bad row and column. */
        record Refused(List<ImportProblem> problems) implements CoachedImport {}

        record NoProject(String message) implements CoachedImport {}
    }

    @Transactional
    public CoachedImport importCoached(String code, ResponseSheet sheet) {
        Optional<Project> project = projects.findByCode(code);
        if (project.isEmpty()) {
            return new CoachedImport.NoProject("No project with code '" + code + "'");
        }
        List<ImportProblem> problems = header(sheet);
        if (!problems.isEmpty()) {
            return new CoachedImport.Refused(problems);
        }
        Map<String, Integer> column = new HashMap<>();
        for (int i = sheet.columns().size() - 1; i >= 0; i--) {
            column.put(sheet.columns().get(i), i);
        }
        Map<String, CoachedFields> rows = new LinkedHashMap<>();
        for (SheetRow row : sheet.rows()) {
            Fields fields = new Fields(CodeLookup.NONE);
            CoachedFields checked = ContextRules.coached(
                    new CoachedDraft(
                            cell(row, column, "pseudonym"),
                            cell(row, column, "started_on"),
                            cell(row, column, "ended_on")),
                    fields);
            if (fields.ok() && rows.putIfAbsent(checked.pseudonym(), checked) != null) {
                fields.problem("pseudonym", "'" + checked.pseudonym() + "' is in the file twice (in any case)");
            }
            row.unreadable()
                    .forEach((i, message) -> problems.add(new ImportProblem(row.number(), name(sheet, i), message)));
            fields.problems()
                    .forEach(p -> problems.add(new ImportProblem(
                            row.number(), COLUMN_OF_FIELD.getOrDefault(p.field(), p.field()), p.message())));
        }
        if (!problems.isEmpty()) {
            return new CoachedImport.Refused(problems);
        }
        long projectId = project.get().id();
        int added = 0;
        int updated = 0;
        for (CoachedFields row : rows.values()) {
            Optional<CoachedParticipant> known = coached.findByProjectIdAndPseudonym(projectId, row.pseudonym());
            CoachedParticipant participant = new CoachedParticipant(
                    known.map(CoachedParticipant::id).orElse(null),
                    projectId,
                    row.pseudonym(),
                    row.startedOn().orElse(null),
                    row.endedOn().orElse(null),
                    known.map(CoachedParticipant::createdAt).orElseGet(clock::instant));
            if (known.isPresent()) {
                coached.update(participant);
                updated++;
            } else {
                coached.save(participant);
                added++;
            }
        }
        return new CoachedImport.Imported(added, updated);
    }

    /** {@code pseudonym} is required; an unknown column is refused, since it is likely a misspelt one. */
    private static List<ImportProblem> header(ResponseSheet sheet) {
        List<ImportProblem> problems = new ArrayList<>();
        if (!sheet.columns().contains("pseudonym")) {
            problems.add(new ImportProblem(1, "pseudonym", "the column is missing: the columns are " + COLUMNS));
        }
        for (String name : sheet.columns()) {
            if (!name.isEmpty() && !COLUMNS.contains(name)) {
                problems.add(new ImportProblem(1, name, "is not a column of this import: the columns are " + COLUMNS));
            }
        }
        return problems;
    }

    private static String cell(SheetRow row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null ? "" : row.cell(index);
    }

    private static String name(ResponseSheet sheet, int column) {
        return column < sheet.columns().size() ? sheet.columns().get(column) : "column " + (column + 1);
    }
}
