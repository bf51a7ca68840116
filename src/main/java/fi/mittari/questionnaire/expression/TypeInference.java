package fi.mittari.questionnaire.expression;

import fi.mittari.questionnaire.expression.Expression.BinaryOperator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Works out the type of each node and records problems on the way. An empty type means "unknown because of a
 * problem already reported", so that one mistake is not reported again by every enclosing node.
 */
final class TypeInference {

    static final String MULTIPLE_CHOICE_MISUSE =
            "a multiple-choice answer can only be used in count, selected, empty or answered";

    /** The types that '<', '<=', '>' and '>=' order. */
    private static final java.util.Set<ValueType> ORDERED =
            java.util.EnumSet.of(ValueType.NUMBER, ValueType.DATE, ValueType.TIME, ValueType.DATETIME);

    private final Map<String, ValueType> questions;
    private final Optional<ValueType> self;
    private final Optional<Set<String>> choiceAttributes;
    private final List<ExpressionProblem> problems = new ArrayList<>();

    TypeInference(Map<String, ValueType> questions, Optional<ValueType> self, Optional<Set<String>> choiceAttributes) {
        this.questions = questions;
        this.self = self;
        this.choiceAttributes = choiceAttributes;
    }

    /** The attributes {@code choice('name')} may name; empty outside a choice filter. */
    Optional<Set<String>> choiceAttributes() {
        return choiceAttributes;
    }

    List<ExpressionProblem> problems() {
        List<ExpressionProblem> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(ExpressionProblem::column));
        return List.copyOf(sorted);
    }

    void report(int column, String message) {
        problems.add(new ExpressionProblem(column, message));
    }

    Optional<ValueType> infer(Expression expression) {
        if (expression instanceof Expression.NumberLiteral) {
            return Optional.of(ValueType.NUMBER);
        } else if (expression instanceof Expression.TextLiteral) {
            return Optional.of(ValueType.TEXT);
        } else if (expression instanceof Expression.BooleanLiteral) {
            return Optional.of(ValueType.BOOLEAN);
        } else if (expression instanceof Expression.Reference reference) {
            return inferReference(reference);
        } else if (expression instanceof Expression.Self selfReference) {
            return inferSelf(selfReference);
        } else if (expression instanceof Expression.Unary unary) {
            return inferUnary(unary);
        } else if (expression instanceof Expression.Binary binary) {
            return inferBinary(binary);
        } else if (expression instanceof Expression.In in) {
            return inferIn(in);
        } else if (expression instanceof Expression.Call call) {
            return FunctionTyping.infer(call, this);
        }
        throw new IllegalStateException("unhandled expression " + expression);
    }

    private Optional<ValueType> inferReference(Expression.Reference reference) {
        ValueType type = questions.get(reference.key());
        if (type == null) {
            report(
                    reference.column(),
                    "unknown question '" + reference.key() + "'"
                            + KeySuggestions.didYouMean(reference.key(), questions.keySet()));
        }
        return Optional.ofNullable(type);
    }

    private Optional<ValueType> inferSelf(Expression.Self selfReference) {
        if (self.isEmpty()) {
            report(selfReference.column(), "'.' (the answer to this question) can only be used in a constraint");
        }
        return self;
    }

    private Optional<ValueType> inferUnary(Expression.Unary unary) {
        boolean isNot = unary.operator() == Expression.UnaryOperator.NOT;
        ValueType needed = isNot ? ValueType.BOOLEAN : ValueType.NUMBER;
        requireOperand(
                unary.operand(),
                needed,
                "'" + (isNot ? "not" : "-") + "' needs " + TypeWords.describe(needed) + ", but got");
        return Optional.of(needed);
    }

    private Optional<ValueType> inferBinary(Expression.Binary binary) {
        BinaryOperator operator = binary.operator();
        if (operator.isLogical() || operator.isArithmetic()) {
            ValueType needed = operator.isLogical() ? ValueType.BOOLEAN : ValueType.NUMBER;
            String prefix = "'" + operator.symbol() + "' needs " + plural(needed) + " on both sides, but its ";
            requireOperand(binary.left(), needed, prefix + "left side is");
            requireOperand(binary.right(), needed, prefix + "right side is");
            return Optional.of(needed);
        }
        Optional<ValueType> left = infer(binary.left());
        Optional<ValueType> right = infer(binary.right());
        if (left.isPresent() && right.isPresent()) {
            checkComparison(binary, left.get(), right.get());
        }
        return Optional.of(ValueType.BOOLEAN);
    }

    private void checkComparison(Expression.Binary binary, ValueType left, ValueType right) {
        if (left == ValueType.CHOICES || right == ValueType.CHOICES) {
            int column = left == ValueType.CHOICES
                    ? binary.left().column()
                    : binary.right().column();
            report(column, MULTIPLE_CHOICE_MISUSE);
        } else if (TypeWords.comparable(left) != TypeWords.comparable(right)) {
            report(
                    binary.column(),
                    "cannot compare " + TypeWords.describe(left) + " with " + TypeWords.describe(right));
        } else if (binary.operator().isOrdering() && !ORDERED.contains(left)) {
            report(
                    binary.column(),
                    "'" + binary.operator().symbol() + "' cannot be used on " + plural(TypeWords.comparable(left))
                            + "; only numbers, dates, times and datetimes can be ordered");
        }
    }

    private Optional<ValueType> inferIn(Expression.In in) {
        Optional<ValueType> left = infer(in.left());
        if (left.isEmpty()) {
            return Optional.of(ValueType.BOOLEAN);
        }
        ValueType leftType = TypeWords.comparable(left.get());
        if (leftType != ValueType.TEXT && leftType != ValueType.NUMBER) {
            report(
                    in.column(),
                    "'in' needs a single-choice, text or number on its left"
                            + (leftType == ValueType.CHOICES
                                    ? "; use selected(key, 'value') for multiple choice"
                                    : ", but it is " + TypeWords.describe(leftType)));
            return Optional.of(ValueType.BOOLEAN);
        }
        for (Expression item : in.items()) {
            ValueType itemType = infer(item).orElseThrow();
            if (itemType != leftType) {
                report(
                        item.column(),
                        "cannot compare " + TypeWords.describe(left.get()) + " with " + TypeWords.describe(itemType));
            }
        }
        return Optional.of(ValueType.BOOLEAN);
    }

    /** Reports "{description} {actual type}" when the operand's type is known and is not the needed one. */
    private void requireOperand(Expression operand, ValueType needed, String description) {
        Optional<ValueType> actual = infer(operand);
        if (actual.isEmpty() || actual.get() == needed) {
            return;
        }
        if (actual.get() == ValueType.CHOICES) {
            report(operand.column(), MULTIPLE_CHOICE_MISUSE);
        } else {
            report(operand.column(), description + " " + TypeWords.describe(actual.get()));
        }
    }

    private static String plural(ValueType type) {
        switch (type) {
            case BOOLEAN:
                return "true/false values";
            case NUMBER:
                return "numbers";
            case DATE:
                return "dates";
            case TIME:
                return "times of day";
            case DATETIME:
                return "dates and times";
            default:
                return "texts";
        }
    }
}
