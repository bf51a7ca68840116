package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.yaml.DefinitionProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The view models of the staff designer pages. Public records, because Thymeleaf calls their accessors. */
public final class DesignerPages {

    private DesignerPages() {}

    /** The questionnaire list: each with its live version, responses and the state of its draft. */
    public record ListPage(List<Row> rows, String notice) {

        public boolean hasNotice() {
            return !notice.isEmpty();
        }

        public record Row(String key, String title, String liveVersion, long responses, String draft) {}
    }

    /**
     * The editor: the definition text in a textarea, every problem listed with a link to its line in the numbered
     * listing below, where the message is repeated beside the offending line.
     */
    public record EditorPage(
            String key,
            boolean isNew,
            String action,
            String definition,
            List<ProblemLine> problems,
            List<SourceLine> lines,
            String notice,
            String refusal,
            List<PreviewLink> previews,
            boolean hasDraft) {

        public long errorCount() {
            return problems.stream().filter(ProblemLine::error).count();
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
    }

    /** {@code where} reads "Line 14, column 11"; {@code anchor} is the id of that line in the listing. */
    public record ProblemLine(String where, String anchor, String path, String message, boolean error) {}

    public record SourceLine(int number, String anchor, String text, List<String> messages) {

        public boolean flagged() {
            return !messages.isEmpty();
        }
    }

    public record PreviewLink(String name, String href) {}

    /** The change summary shown before publishing. */
    public record PublishPage(
            String key,
            int liveVersion,
            List<ChangeRow> changes,
            boolean needsConfirmation,
            long answersAtRisk,
            String refusal,
            List<ProblemLine> problems) {

        public boolean hasRefusal() {
            return !refusal.isEmpty();
        }

        public boolean publishable() {
            return problems.stream().noneMatch(ProblemLine::error);
        }

        public boolean firstVersion() {
            return liveVersion == 0;
        }
    }

    public record ChangeRow(
            String change, String question, String choice, String detail, long answers, boolean risky) {}

    static List<ProblemLine> problemLines(List<DefinitionProblem> problems) {
        return problems.stream()
                .map(p -> new ProblemLine(
                        "Line " + p.line() + ", column " + p.column(),
                        "line-" + p.line(),
                        p.path(),
                        p.message(),
                        p.severity() == DefinitionProblem.Severity.ERROR))
                .toList();
    }

    /** The text as numbered lines, each carrying the messages of the problems found on it. */
    static List<SourceLine> sourceLines(String definition, List<DefinitionProblem> problems) {
        Map<Integer, List<String>> byLine = problems.stream()
                .collect(Collectors.groupingBy(
                        DefinitionProblem::line,
                        Collectors.mapping(
                                p -> (p.severity() == DefinitionProblem.Severity.ERROR ? "Error" : "Warning")
                                        + " (column " + p.column() + "): " + p.message(),
                                Collectors.toList())));
        String[] texts = definition.split("\n", -1);
        List<SourceLine> lines = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            lines.add(new SourceLine(i + 1, "line-" + (i + 1), texts[i], byLine.getOrDefault(i + 1, List.of())));
        }
        return lines;
    }

    static List<PreviewLink> previewLinks(String key, List<Language> languages) {
        return languages.stream()
                .map(l -> new PreviewLink(
                        "Preview in " + l.englishName(), "/staff/questionnaires/" + key + "/preview?lang=" + l.code()))
                .toList();
    }
}
