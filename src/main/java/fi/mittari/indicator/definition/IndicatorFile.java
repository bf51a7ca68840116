package fi.mittari.indicator.definition;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/**
 * One definition file as read: its definitions if it has no errors, and every problem found (warnings only when it was
 * accepted). A file with an error is rejected as a whole, so a half-written file never changes the figures.
 */
public record IndicatorFile(String source, List<LocatedDefinition> definitions, List<DefinitionProblem> problems) {

    public IndicatorFile {
        definitions = List.copyOf(definitions);
        problems = List.copyOf(problems);
        if (rejected(problems) && !definitions.isEmpty()) {
            throw new IllegalArgumentException("a file with errors has no definitions: " + problems);
        }
    }

    public boolean rejected() {
        return rejected(problems);
    }

    private static boolean rejected(List<DefinitionProblem> problems) {
        return problems.stream().anyMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR);
    }
}
