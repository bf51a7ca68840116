package fi.mittari.questionnaire;

import java.util.List;

/** The outcome of reading a definition: a questionnaire (perhaps with warnings), or every error found. */
public sealed interface DefinitionResult permits DefinitionResult.Accepted, DefinitionResult.Rejected {

    List<DefinitionProblem> problems();

    record Accepted(Questionnaire questionnaire, List<DefinitionProblem> problems) implements DefinitionResult {
        public Accepted {
            problems = List.copyOf(problems);
        }
    }

    record Rejected(List<DefinitionProblem> problems) implements DefinitionResult {
        public Rejected {
            problems = List.copyOf(problems);
        }
    }
}
