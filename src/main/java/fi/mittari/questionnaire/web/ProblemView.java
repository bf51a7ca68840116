package fi.mittari.questionnaire.web;

import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A definition problem as JSON: where it is (line, column, path) and what is wrong. */
@Serdeable
record ProblemView(int line, int column, String path, String message, String severity) {

    static ProblemView of(DefinitionProblem problem) {
        return new ProblemView(
                problem.line(),
                problem.column(),
                problem.path(),
                problem.message(),
                problem.severity().name());
    }

    static List<ProblemView> all(List<DefinitionProblem> problems) {
        return problems.stream().map(ProblemView::of).toList();
    }
}
