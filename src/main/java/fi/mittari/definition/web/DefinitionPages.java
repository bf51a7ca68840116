package fi.mittari.definition.web;

import fi.mittari.yaml.DefinitionProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The view models of the definitions pages. Public records, because Thymeleaf calls their accessors. Texts are message
 * keys or values; numbers and times stay raw and are formatted in the page's language by the template.
 */
public final class DefinitionPages {

    private DefinitionPages() {}

    /** Both lists, the files shadowed by browser versions and the files that brought nothing in. */
    public record ListPage(
            List<Row> indicators,
            List<Row> reports,
            List<Shadow> shadowed,
            List<RefusedFile> refused,
            boolean canEdit) {}

    /**
     * One definition: its name in the page's language, newest version and where it came from, and its problems.
     *
     * @param draft whether a draft is waiting to be published
     */
    public record Row(
            String kind,
            String code,
            String name,
            int version,
            String source,
            long errors,
            long warnings,
            boolean draft) {

        public String href() {
            return "/staff/definitions/" + kind + "/" + code;
        }

        public long problems() {
            return errors + warnings;
        }
    }

    public record Shadow(String kind, String name, String fileName, int version, String by, String href) {}

    public record RefusedFile(String fileName, List<ProblemLine> problems) {}

    /** A definition's page: its history, its problems and what the user may do. */
    public record DetailPage(
            String kind,
            String code,
            String name,
            List<VersionRow> versions,
            List<ProblemLine> problems,
            boolean draft,
            boolean canEdit,
            String shadowedFile,
            int published) {

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        public boolean shadowsAFile() {
            return !shadowedFile.isEmpty();
        }

        public boolean justPublished() {
            return published > 0;
        }

        public String base() {
            return "/staff/definitions/" + kind + "/" + code;
        }
    }

    /** @param by who published it; empty for a version from a file */
    public record VersionRow(
            int number, Instant publishedAt, String by, String source, String fileName, String download) {

        public boolean fromFile() {
            return "file".equals(source);
        }
    }

    /**
     * The editor: the text in a textarea, every problem listed with a link to its line in the numbered listing below,
     * where the message is repeated beside the line.
     *
     * @param notice a message key, or empty
     * @param refusal a message key, or empty
     * @param refusalArgument the code a refusal names, or empty
     */
    public record EditorPage(
            String kind,
            String code,
            boolean isNew,
            String action,
            String yaml,
            List<ProblemLine> problems,
            List<SourceLine> lines,
            String notice,
            String refusal,
            String refusalArgument,
            boolean draft) {

        public long errorCount() {
            return problems.stream().filter(ProblemLine::error).count();
        }

        public long warningCount() {
            return problems.size() - errorCount();
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        public boolean hasNotice() {
            return !notice.isEmpty();
        }

        public boolean hasRefusal() {
            return !refusal.isEmpty();
        }

        public String base() {
            return "/staff/definitions/" + kind + "/" + code;
        }
    }

    /** {@code anchor} is the id of the problem's line in the listing. */
    public record ProblemLine(int line, int column, String anchor, String path, String message, boolean error) {}

    /** One numbered line of the text, with the problems found on it. */
    public record SourceLine(int number, String anchor, String text, List<ProblemLine> problems) {

        public boolean flagged() {
            return !problems.isEmpty();
        }
    }

    static List<ProblemLine> problemLines(List<DefinitionProblem> problems) {
        return problems.stream()
                .map(p -> new ProblemLine(
                        p.line(),
                        p.column(),
                        "line-" + p.line(),
                        p.path(),
                        p.message(),
                        p.severity() == DefinitionProblem.Severity.ERROR))
                .toList();
    }

    static List<SourceLine> sourceLines(String yaml, List<DefinitionProblem> problems) {
        Map<Integer, List<ProblemLine>> byLine =
                problemLines(problems).stream().collect(Collectors.groupingBy(ProblemLine::line));
        String[] texts = yaml.split("\n", -1);
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new SourceLine(i + 1, "line-" + (i + 1), texts[i], byLine.getOrDefault(i + 1, List.of())));
        }
        return lines;
    }
}
