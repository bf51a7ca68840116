package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.Expression;
import java.util.Objects;
import java.util.Optional;

/**
 * A question's logic: {@code relevant} decides whether it is shown at all (an answer to a hidden question is neither
 * required nor stored); {@code constraint} is what a given answer must satisfy, with {@code constraintMessage} telling
 * the respondent why it was refused.
 */
public record QuestionRules(
        Optional<Expression> relevant, Optional<Expression> constraint, LocalizedText constraintMessage) {

    public static final QuestionRules NONE =
            new QuestionRules(Optional.empty(), Optional.empty(), LocalizedText.empty());

    public QuestionRules {
        Objects.requireNonNull(relevant, "relevant");
        Objects.requireNonNull(constraint, "constraint");
        Objects.requireNonNull(constraintMessage, "constraintMessage");
    }
}
