package fi.mittari.questionnaire;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Collects the problems found while reading one file, each placed at the node it is about. */
final class YamlProblems {

    private final String source;
    private final List<DefinitionProblem> problems = new ArrayList<>();

    YamlProblems(String source) {
        this.source = source;
    }

    void error(Node node, String path, String message) {
        add(node, path, message, DefinitionProblem.Severity.ERROR);
    }

    void warning(Node node, String path, String message) {
        add(node, path, message, DefinitionProblem.Severity.WARNING);
    }

    void errorAt(int line, int column, String message) {
        problems.add(new DefinitionProblem(source, line, column, "", message, DefinitionProblem.Severity.ERROR));
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR);
    }

    List<DefinitionProblem> all() {
        return List.copyOf(problems);
    }

    private void add(Node node, String path, String message, DefinitionProblem.Severity severity) {
        problems.add(new DefinitionProblem(source, node.getStartMark().getLine() + 1,
                node.getStartMark().getColumn() + 1, path, message, severity));
    }
}
