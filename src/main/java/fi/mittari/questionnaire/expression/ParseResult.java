package fi.mittari.questionnaire.expression;

import java.util.List;
import java.util.Objects;

/** The outcome of {@link Expressions#parse(String)}: either an expression or every problem found. */
public sealed interface ParseResult {

    /** The text was a syntactically valid expression (it may still fail {@link ExpressionChecker}). */
    record Parsed(Expression expression) implements ParseResult {
        public Parsed {
            Objects.requireNonNull(expression, "expression");
        }
    }

    /** The text could not be parsed; the problems are sorted by column. */
    record Invalid(List<ExpressionProblem> problems) implements ParseResult {
        public Invalid {
            problems = List.copyOf(problems);
        }
    }
}
