package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.Expression;
import java.util.Objects;
import java.util.Optional;

/**
 * A question's logic: {@code relevant} decides whether it is shown at all (an answer to a hidden question is neither
 * required nor stored); {@code constraint} is what a given answer must satisfy, with {@code constraintMessage} telling
 * the respondent why it was refused; {@code choiceFilter} (single and multiple choice only) keeps the choices for which
 * it holds, given the earlier answers and each choice's attributes.
 */
public record QuestionRules(
        Optional<Expression> relevant,
        Optional<Expression> constraint,
        LocalizedText constraintMessage,
        Optional<Expression> choiceFilter) {

    public static final QuestionRules NONE =
            new QuestionRules(Optional.empty(), Optional.empty(), LocalizedText.empty(), Optional.empty());

    public QuestionRules {
        Objects.requireNonNull(relevant, "relevant");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(constraintMessage, "constraintMessage");
        Objects.requireNonNull(choiceFilter, "choiceFilter");
    }

    /** Without a choice filter. */
    public QuestionRules(
            Optional<Expression> relevant, Optional<Expression> constraint, LocalizedText constraintMessage) {
        this(relevant, constraint, constraintMessage, Optional.empty());
    }
}
