package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The view models of the staff designer pages. Public records, because Thymeleaf calls their accessors. The pages' own
 * words are message keys said in the page's language by the templates; the problems found in a definition are not.
 */
public final class DesignerPages {

    private DesignerPages() {}

    /** A message of the questionnaires bundle by its full key, with its arguments. */
    public record Message(String key, List<Object> arguments) {

        static Message of(String key, Object... arguments) {
            return new Message(key, List.of(arguments));
        }

        /** The argument at {@code index}, or "" when the message has fewer. */
        public Object arg(int index) {
            return index < arguments.size() ? arguments.get(index) : "";
        }
    }

    /** The questionnaire list: each with its live version, responses and the state of its draft. */
    public record ListPage(List<Row> rows, @Nullable Message notice) {

        public boolean hasNotice() {
            return notice != null;
        }

        /**
         * {@code title} in the page's language, "" when nothing is published; {@code liveVersion} null when nothing
         * is; {@code draftErrors} null without a draft.
         */
        public record Row(
                String key, String title, @Nullable Integer liveVersion, long responses, @Nullable Long draftErrors) {}
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
            @Nullable Message notice,
            @Nullable Message refusal,
            List<PreviewLink> previews,
            boolean hasDraft) {

        public long errorCount() {
            return problems.stream().filter(ProblemLine::error).count();
        }

        public boolean hasProblems() {
            return !problems.isEmpty();
        }

        public boolean hasNotice() {
            return notice != null;
        }

        public boolean hasRefusal() {
            return refusal != null;
        }
    }

    /** A problem at {@code line} and {@code column}; {@code anchor} is the id of that line in the listing. */
    public record ProblemLine(int line, int column, String anchor, String path, String message, boolean error) {}

    public record SourceLine(int number, String anchor, String text, List<LineMessage> messages) {

        public boolean flagged() {
            return !messages.isEmpty();
        }
    }

    /** A problem beside its line: an error or a warning, at its column. */
    public record LineMessage(boolean error, int column, String message) {}

    /** A preview of the draft in {@code language} (a code: fi, sv, en). */
    public record PreviewLink(String language, String href) {}

    /** The change summary shown before publishing. */
    public record PublishPage(
            String key,
            int liveVersion,
            List<ChangeRow> changes,
            boolean needsConfirmation,
            long answersAtRisk,
            @Nullable Message refusal,
            List<ProblemLine> problems) {

        public boolean hasRefusal() {
            return refusal != null;
        }

        public boolean publishable() {
            return problems.stream().noneMatch(ProblemLine::error);
        }

        public boolean firstVersion() {
            return liveVersion == 0;
        }
    }

    /** {@code kind} is the change's kind as a message key suffix: question_removed, choice_relabelled, … */
    public record ChangeRow(String kind, String question, String choice, String detail, long answers, boolean risky) {}

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

    /** The text as numbered lines, each carrying the messages of the problems found on it. */
    static List<SourceLine> sourceLines(String definition, List<DefinitionProblem> problems) {
        Map<Integer, List<LineMessage>> byLine = problems.stream()
                .collect(Collectors.groupingBy(
                        DefinitionProblem::line,
                        Collectors.mapping(
                                p -> new LineMessage(
                                        p.severity() == DefinitionProblem.Severity.ERROR, p.column(), p.message()),
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
                .map(l -> new PreviewLink(l.code(), "/staff/questionnaires/" + key + "/preview?lang=" + l.code()))
                .toList();
    }
}
