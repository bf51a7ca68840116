package fi.mittari.questionnaire.expression;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Static checks of a parsed expression against the questionnaire's questions: unknown keys (with a "did you mean"
 * suggestion), type errors in plain words, wrong function arguments, {@code .} outside a constraint, and a result
 * of the wrong type. Only an expression without problems should be given to {@link ExpressionEvaluator}.
 */
public final class ExpressionChecker {

    /**
     * Returns every problem found, sorted by column; an empty list means the expression is fine.
     *
     * @param questions key → type of every question of the questionnaire
     * @param self the type of {@code .}, the answer to the question a constraint belongs to; empty where {@code .}
     *     is not allowed (relevance conditions)
     * @param expected the type the whole expression must have: {@link ValueType#BOOLEAN} for conditions and
     *     constraints
     */
    public List<ExpressionProblem> check(
            Expression expression, Map<String, ValueType> questions, Optional<ValueType> self, ValueType expected) {
        return check(expression, questions, self, expected, Optional.empty());
    }

    /**
     * As {@link #check(Expression, Map, Optional, ValueType)}, for a choice filter when {@code choiceAttributes} is
     * present: {@code choice('name')} may then name any of these attributes of the choice being filtered.
     */
    public List<ExpressionProblem> check(
            Expression expression,
            Map<String, ValueType> questions,
            Optional<ValueType> self,
            ValueType expected,
            Optional<Set<String>> choiceAttributes) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(questions, "questions");
        Objects.requireNonNull(self, "self");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(choiceAttributes, "choiceAttributes");
        TypeInference inference = new TypeInference(questions, self, choiceAttributes);
        Optional<ValueType> result = inference.infer(expression);
        if (result.isPresent() && !TypeWords.fits(result.get(), expected)) {
            inference.report(
                    1,
                    "the expression must give " + TypeWords.describe(expected) + ", but it gives "
                            + TypeWords.describe(result.get()));
        }
        return inference.problems();
    }

    /** The type of a calculation's value (empty when a problem hides it), and every problem found, by column. */
    public record Typed(Optional<ValueType> type, List<ExpressionProblem> problems) {
        public Typed {
            Objects.requireNonNull(type, "type");
            problems = List.copyOf(problems);
        }
    }

    /**
     * Checks a calculation, whose value may be of any type a question's answer can be compared as: a number, a text,
     * a date or true/false. A multiple-choice answer is refused, since a stored value holds one thing.
     *
     * @param questions key → type of every question the calculation may use
     */
    public Typed typeOf(Expression expression, Map<String, ValueType> questions) {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(questions, "questions");
        TypeInference inference = new TypeInference(questions, Optional.empty(), Optional.empty());
        Optional<ValueType> result = inference.infer(expression);
        if (result.isPresent() && result.get() == ValueType.CHOICES) {
            inference.report(expression.column(), TypeInference.MULTIPLE_CHOICE_MISUSE);
            result = Optional.empty();
        }
        return new Typed(inference.problems().isEmpty() ? result : Optional.empty(), inference.problems());
    }
}
