package fi.mittari.questionnaire.expression;

import java.util.Objects;

/** A problem at a 1-based column of the expression text, in plain words. */
public record ExpressionProblem(int column, String message) {

    public ExpressionProblem {
        Objects.requireNonNull(message, "message");
    }
}
