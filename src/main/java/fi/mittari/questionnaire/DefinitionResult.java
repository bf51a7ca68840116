package fi.mittari.questionnaire;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import java.util.Objects;

/** The outcome of reading a definition: a questionnaire (perhaps with warnings), or every problem found. */
public sealed interface DefinitionResult permits DefinitionResult.Accepted, DefinitionResult.Rejected {

    List<DefinitionProblem> problems();

    /** The definition is usable; {@code problems} holds warnings only. */
    record Accepted(Questionnaire questionnaire, List<DefinitionProblem> problems) implements DefinitionResult {
        public Accepted {
            Objects.requireNonNull(questionnaire, "questionnaire");
            problems = List.copyOf(problems);
            if (problems.stream().anyMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR)) {
                throw new IllegalArgumentException("an accepted definition has warnings only: " + problems);
            }
        }
    }

    /** The definition is unusable; {@code problems} holds at least one error (and any warnings found on the way). */
    record Rejected(List<DefinitionProblem> problems) implements DefinitionResult {
        public Rejected {
            problems = List.copyOf(problems);
            if (problems.stream().noneMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR)) {
                throw new IllegalArgumentException("a rejected definition has at least one error: " + problems);
            }
        }
    }
}
