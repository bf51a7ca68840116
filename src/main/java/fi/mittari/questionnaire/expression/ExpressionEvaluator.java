package fi.mittari.questionnaire.expression;

import fi.mittari.questionnaire.expression.Expression.BinaryOperator;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Evaluates an expression that has passed {@link ExpressionChecker}. Never throws for data reasons: an unanswered
 * question is {@link Value#EMPTY}, comparisons with an empty value are false, and arithmetic with an empty value or
 * division by zero gives {@link Value#EMPTY}. Safe to share between threads.
 */
public final class ExpressionEvaluator {

    // Enough digits for any survey quantity; without a limit 1/3 would throw ArithmeticException.
    private static final MathContext DIVISION = MathContext.DECIMAL64;

    private final LocalDateTime now;
    private final Locale locale;

    /** @param today the date {@code today()} gives; {@code now()} gives the start of that day */
    public ExpressionEvaluator(LocalDate today) {
        this(Objects.requireNonNull(today, "today").atStartOfDay());
    }

    /**
     * @param now the moment in the application's zone; {@code now()} gives it cut to the minute, {@code today()} its
     *     date
     */
    public ExpressionEvaluator(LocalDateTime now) {
        this(now, Locale.ROOT);
    }

    /**
     * @param locale the respondent's language, in which concat() writes dates and times; {@link Locale#ROOT} writes
     *     them in ISO, for an evaluation no respondent reads
     */
    public ExpressionEvaluator(LocalDateTime now, Locale locale) {
        this.now = Objects.requireNonNull(now, "now");
        this.locale = Objects.requireNonNull(locale, "locale");
    }

    /**
     * @param answers the answer to each question by key; {@link Value#EMPTY} (or null) for an unanswered question.
     *     A single-choice answer is a {@link Value.Text}, a multiple-choice answer {@link Value.Choices}.
     * @param self the answer to the question a constraint belongs to (the value of {@code .}), or EMPTY
     */
    public Value evaluate(Expression expression, Function<String, Value> answers, Value self) {
        Objects.requireNonNull(answers, "answers");
        return new Evaluation(answers, self == null ? Value.EMPTY : self, NO_CHOICE).evaluate(expression);
    }

    /**
     * Whether a choice filter keeps a choice: true only when the filter gives {@code Bool(true)}.
     *
     * @param choice the attribute of the choice being decided on by name ({@code choice('region')}); EMPTY or null
     *     for an attribute it does not have
     */
    public boolean keeps(Expression filter, Function<String, Value> answers, Function<String, Value> choice) {
        Objects.requireNonNull(answers, "answers");
        Objects.requireNonNull(choice, "choice");
        return isTrue(new Evaluation(answers, Value.EMPTY, choice).evaluate(filter));
    }

    /** True only when {@link #evaluate} gives {@code Bool(true)}; false, EMPTY or anything else is false. */
    public boolean isTrue(Expression expression, Function<String, Value> answers, Value self) {
        return isTrue(evaluate(expression, answers, self));
    }

    static boolean isTrue(Value value) {
        return value instanceof Value.Bool bool && bool.value();
    }

    private static final Function<String, Value> NO_CHOICE = name -> Value.EMPTY;

    /** One evaluation: the answers, "." and the choice being filtered it runs against. */
    private final class Evaluation {
        private final Function<String, Value> answers;
        private final Value self;
        private final Function<String, Value> choice;

        Evaluation(Function<String, Value> answers, Value self, Function<String, Value> choice) {
            this.answers = answers;
            this.self = self;
            this.choice = choice;
        }

        Value evaluate(Expression expression) {
            if (expression instanceof Expression.NumberLiteral number) {
                return new Value.Num(number.value());
            } else if (expression instanceof Expression.TextLiteral text) {
                return new Value.Text(text.value());
            } else if (expression instanceof Expression.BooleanLiteral bool) {
                return new Value.Bool(bool.value());
            } else if (expression instanceof Expression.Reference reference) {
                Value answer = answers.apply(reference.key());
                return answer == null ? Value.EMPTY : answer;
            } else if (expression instanceof Expression.Self) {
                return self;
            } else if (expression instanceof Expression.Unary unary) {
                return unary(unary);
            } else if (expression instanceof Expression.Binary binary) {
                return binary(binary);
            } else if (expression instanceof Expression.In in) {
                Value left = evaluate(in.left());
                return new Value.Bool(
                        in.items().stream().anyMatch(item -> ValueComparison.equal(left, evaluate(item))));
            } else if (expression instanceof Expression.Call call
                    && call.function().equals("choice")) {
                return choiceAttribute(call);
            } else if (expression instanceof Expression.Call call) {
                return FunctionEvaluation.call(call, this::evaluate, now, locale);
            }
            throw new IllegalStateException("unhandled expression " + expression);
        }

        private Value choiceAttribute(Expression.Call call) {
            if (call.arguments().size() != 1 || !(evaluate(call.arguments().get(0)) instanceof Value.Text name)) {
                return Value.EMPTY;
            }
            Value attribute = choice.apply(name.value());
            return attribute == null ? Value.EMPTY : attribute;
        }

        private Value unary(Expression.Unary unary) {
            Value operand = evaluate(unary.operand());
            if (unary.operator() == Expression.UnaryOperator.NOT) {
                return new Value.Bool(!isTrue(operand));
            }
            return operand instanceof Value.Num number
                    ? new Value.Num(number.value().negate())
                    : Value.EMPTY;
        }

        private Value binary(Expression.Binary binary) {
            BinaryOperator operator = binary.operator();
            if (operator == BinaryOperator.AND) {
                return new Value.Bool(isTrue(evaluate(binary.left())) && isTrue(evaluate(binary.right())));
            }
            if (operator == BinaryOperator.OR) {
                return new Value.Bool(isTrue(evaluate(binary.left())) || isTrue(evaluate(binary.right())));
            }
            Value left = evaluate(binary.left());
            Value right = evaluate(binary.right());
            if (operator.isArithmetic()) {
                return arithmetic(operator, left, right);
            }
            return new Value.Bool(ValueComparison.compare(operator, left, right));
        }
    }

    private static Value arithmetic(BinaryOperator operator, Value left, Value right) {
        if (!(left instanceof Value.Num leftNumber) || !(right instanceof Value.Num rightNumber)) {
            return Value.EMPTY;
        }
        BigDecimal a = leftNumber.value();
        BigDecimal b = rightNumber.value();
        switch (operator) {
            case ADD:
                return new Value.Num(a.add(b));
            case SUBTRACT:
                return new Value.Num(a.subtract(b));
            case MULTIPLY:
                return new Value.Num(a.multiply(b));
            default:
                return b.signum() == 0 ? Value.EMPTY : new Value.Num(a.divide(b, DIVISION));
        }
    }
}
