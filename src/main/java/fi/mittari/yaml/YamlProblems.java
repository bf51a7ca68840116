package fi.mittari.yaml;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems found while reading one file, each placed at the node it is about. */
public final class YamlProblems {

    private final String source;
    private final List<DefinitionProblem> problems = new ArrayList<>();

    public YamlProblems(String source) {
        this.source = source;
    }

    public void error(Node node, String path, String message) {
        add(node.getStartMark(), path, message, DefinitionProblem.Severity.ERROR);
    }

    public void warning(Node node, String path, String message) {
        add(node.getStartMark(), path, message, DefinitionProblem.Severity.WARNING);
    }

    /**
     * An error at a 1-based column inside a one-line scalar, such as a syntax error in an expression: the reported
     * column is where that character stands in the file (past the opening quote of a quoted text).
     */
    public void errorInText(org.yaml.snakeyaml.nodes.ScalarNode node, String path, int columnInText, String message) {
        Mark start = node.getStartMark();
        boolean quoted = node.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.SINGLE_QUOTED
                || node.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.DOUBLE_QUOTED;
        boolean oneLine = node.getEndMark() == null || node.getEndMark().getLine() == start.getLine();
        int column = start.getColumn() + 1 + (oneLine ? (quoted ? 1 : 0) + columnInText - 1 : 0);
        problems.add(new DefinitionProblem(
                source, start.getLine() + 1, column, path, message, DefinitionProblem.Severity.ERROR));
    }

    public void errorAt(Mark mark, String message) {
        add(mark, "", message, DefinitionProblem.Severity.ERROR);
    }

    /** An error at a known 1-based line and column, for checks made after the node tree is gone. */
    public void errorAt(int line, int column, String path, String message) {
        problems.add(new DefinitionProblem(source, line, column, path, message, DefinitionProblem.Severity.ERROR));
    }

    public void errorAtStart(String message) {
        problems.add(new DefinitionProblem(source, 1, 1, "", message, DefinitionProblem.Severity.ERROR));
    }

    /** Errors so far, so that a reader can tell whether one part of a file added any. */
    public long errorCount() {
        return problems.stream()
                .filter(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                .count();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR);
    }

    /** In file order, so an author can fix them top to bottom. */
    public List<DefinitionProblem> all() {
        return problems.stream()
                .sorted(Comparator.comparingInt(DefinitionProblem::line).thenComparingInt(DefinitionProblem::column))
                .toList();
    }

    private void add(Mark mark, String path, String message, DefinitionProblem.Severity severity) {
        int line = mark == null ? 1 : mark.getLine() + 1;
        int column = mark == null ? 1 : mark.getColumn() + 1;
        problems.add(new DefinitionProblem(source, line, column, path, message, severity));
    }
}
