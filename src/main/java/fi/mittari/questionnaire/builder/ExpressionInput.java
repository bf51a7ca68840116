package fi.mittari.questionnaire.builder;

import java.util.Objects;

/** What a picker's posted fields amount to: no expression, an expression to store, or a problem with one field. */
public sealed interface ExpressionInput {

    /** "No condition": the field is to be removed. */
    record None() implements ExpressionInput {}

    /** The expression text to store; the reader accepts it in this place. */
    record Written(String text) implements ExpressionInput {
        public Written {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * Nothing to store: {@code field} (the form field's name, prefix and all) holds what is wrong, said by
     * {@code wording}; {@code column} is the 1-based place in a free expression, 0 when not about one.
     */
    record Refused(String field, ProblemWording wording, int column) implements ExpressionInput {
        public Refused {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(wording, "wording");
        }
    }
}
