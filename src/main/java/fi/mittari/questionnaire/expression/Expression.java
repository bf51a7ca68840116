package fi.mittari.questionnaire.expression;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A parsed expression: a tree of records. Every node knows the 1-based column where it starts (for operators, the
 * column of the operator) so that {@link ExpressionChecker} can point at the offending part.
 */
public sealed interface Expression {

    /** The question keys this expression refers to, in order of first appearance; used for cycle and order checks. */
    Set<String> references();

    /** The column the node is reported at. */
    int column();

    /** A number such as {@code 3} or {@code 2.5}. */
    record NumberLiteral(BigDecimal value, int column) implements Expression {
        public NumberLiteral {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Set<String> references() {
            return Set.of();
        }
    }

    /** A quoted text such as {@code 'yes'}. */
    record TextLiteral(String value, int column) implements Expression {
        public TextLiteral {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public Set<String> references() {
            return Set.of();
        }
    }

    /** {@code true} or {@code false}. */
    record BooleanLiteral(boolean value, int column) implements Expression {
        @Override
        public Set<String> references() {
            return Set.of();
        }
    }

    /** The answer to the question with this key. */
    record Reference(String key, int column) implements Expression {
        public Reference {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public Set<String> references() {
            return Set.of(key);
        }
    }

    /** {@code .}: the answer to the question the constraint belongs to. */
    record Self(int column) implements Expression {
        @Override
        public Set<String> references() {
            return Set.of();
        }
    }

    /** {@code not x} or {@code -x}. */
    record Unary(UnaryOperator operator, Expression operand, int column) implements Expression {
        public Unary {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(operand, "operand");
        }

        @Override
        public Set<String> references() {
            return operand.references();
        }
    }

    /** A binary operator: logic, comparison or arithmetic. */
    record Binary(BinaryOperator operator, Expression left, Expression right, int column) implements Expression {
        public Binary {
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }

        @Override
        public Set<String> references() {
            return union(List.of(left, right));
        }
    }

    /** {@code x in [a, b]}; the items are number or text literals. */
    record In(Expression left, List<Expression> items, int column) implements Expression {
        public In {
            Objects.requireNonNull(left, "left");
            items = List.copyOf(items);
        }

        @Override
        public Set<String> references() {
            return left.references();
        }
    }

    /** A function call such as {@code count(key)}; the name is not checked until {@link ExpressionChecker}. */
    record Call(String function, List<Expression> arguments, int column) implements Expression {
        public Call {
            Objects.requireNonNull(function, "function");
            arguments = List.copyOf(arguments);
        }

        @Override
        public Set<String> references() {
            return union(arguments);
        }
    }

    /** Prefix operators. */
    enum UnaryOperator {
        NOT,
        NEGATE
    }

    /** Infix operators, with the symbol written in expressions. */
    enum BinaryOperator {
        OR("or"),
        AND("and"),
        EQUAL("="),
        NOT_EQUAL("!="),
        LESS("<"),
        LESS_OR_EQUAL("<="),
        GREATER(">"),
        GREATER_OR_EQUAL(">="),
        ADD("+"),
        SUBTRACT("-"),
        MULTIPLY("*"),
        DIVIDE("/");

        private final String symbol;

        BinaryOperator(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean isLogical() {
            return this == OR || this == AND;
        }

        public boolean isEquality() {
            return this == EQUAL || this == NOT_EQUAL;
        }

        public boolean isOrdering() {
            return this == LESS || this == LESS_OR_EQUAL || this == GREATER || this == GREATER_OR_EQUAL;
        }

        public boolean isArithmetic() {
            return this == ADD || this == SUBTRACT || this == MULTIPLY || this == DIVIDE;
        }
    }

    private static Set<String> union(List<Expression> expressions) {
        Set<String> keys = new LinkedHashSet<>();
        for (Expression expression : expressions) {
            keys.addAll(expression.references());
        }
        return Collections.unmodifiableSet(keys);
    }
}
