package fi.mittari.definition;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/**
 * A code's newest version as its catalog sees it.
 *
 * @param read the version read on its own (its definition even when checks against the others fail)
 * @param checked the version after the checks against the other definitions and the indicators
 * @param problems every problem of the checked version; with an error the definition is not in force
 */
public record StoredDefinition<F>(DefinitionVersion version, F read, F checked, List<DefinitionProblem> problems) {

    public StoredDefinition {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream()
                .filter(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                .count();
    }
}
