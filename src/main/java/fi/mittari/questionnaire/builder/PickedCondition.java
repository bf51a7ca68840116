package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.Expression.BinaryOperator;
import fi.mittari.questionnaire.expression.Expressions;
import fi.mittari.questionnaire.expression.ParseResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A condition or constraint in one of the common forms a picker can show: a subject (a question key, {@code .}, or
 * {@code count(…)}/{@code length(…)} of one), a comparison and its values. {@link #expression()} writes the text a
 * person would write; {@link #of(String)} recognises such a text through the expression parser, and only when
 * writing it back gives the very same text, so that choosing the picker never rewrites what someone typed.
 */
public record PickedCondition(String subject, Comparison comparison, List<Literal> values) {

    public PickedCondition {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(comparison, "comparison");
        values = List.copyOf(values);
        if (values.size() < comparison.fewestValues() || values.size() > comparison.mostValues()) {
            throw new IllegalArgumentException(comparison + " takes " + comparison.fewestValues() + " to "
                    + comparison.mostValues() + " values, not " + values.size());
        }
    }

    /** A value compared with: a number, or a text written in quotes. */
    public record Literal(String text, boolean number) {

        public Literal {
            Objects.requireNonNull(text, "text");
        }

        public static Literal number(BigDecimal value) {
            return new Literal(value.toPlainString(), true);
        }

        public static Literal text(String value) {
            return new Literal(value, false);
        }

        /** Single quotes unless the text holds one, as the language has no escapes. */
        String written() {
            if (number) {
                return text;
            }
            return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
        }
    }

    /** The text of the condition, as a person would write it. */
    public String expression() {
        return switch (comparison) {
            case ONE_OF -> subject + " in ["
                    + values.stream().map(Literal::written).collect(Collectors.joining(", ")) + "]";
            case INCLUDES -> "selected(" + subject + ", " + values.get(0).written() + ")";
            case ANSWERED -> "answered(" + subject + ")";
            case NOT_ANSWERED -> "empty(" + subject + ")";
            case BETWEEN -> subject + " >= " + values.get(0).written() + " and " + subject + " <= "
                    + values.get(1).written();
            default -> subject + " " + comparison.symbol() + " " + values.get(0).written();
        };
    }

    /** The picked form of {@code text}, or empty when it is best kept as a free expression. */
    public static Optional<PickedCondition> of(String text) {
        if (!(Expressions.parse(text) instanceof ParseResult.Parsed parsed)) {
            return Optional.empty();
        }
        return recognise(parsed.expression())
                .filter(picked -> picked.expression().equals(text));
    }

    private static Optional<PickedCondition> recognise(Expression expression) {
        if (expression instanceof Expression.Binary binary) {
            return binary.operator() == BinaryOperator.AND ? between(binary) : compared(binary);
        }
        if (expression instanceof Expression.In in) {
            List<Literal> items = new ArrayList<>();
            in.items().forEach(item -> literal(item).ifPresent(items::add));
            return subject(in.left()).map(s -> new PickedCondition(s, Comparison.ONE_OF, items));
        }
        if (expression instanceof Expression.Call call) {
            return called(call);
        }
        return Optional.empty();
    }

    private static Optional<PickedCondition> compared(Expression.Binary binary) {
        Optional<Comparison> comparison = Comparison.ofSymbol(binary.operator().symbol());
        Optional<Literal> value = literal(binary.right());
        Optional<String> subject = subject(binary.left());
        if (comparison.isEmpty() || value.isEmpty() || subject.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PickedCondition(subject.get(), comparison.get(), List.of(value.get())));
    }

    private static Optional<PickedCondition> between(Expression.Binary and) {
        Optional<PickedCondition> low = recognise(and.left());
        Optional<PickedCondition> high = recognise(and.right());
        if (low.isPresent()
                && high.isPresent()
                && low.get().comparison() == Comparison.GREATER_OR_EQUAL
                && high.get().comparison() == Comparison.LESS_OR_EQUAL
                && low.get().subject().equals(high.get().subject())
                && low.get().values().get(0).number()
                && high.get().values().get(0).number()) {
            return Optional.of(new PickedCondition(
                    low.get().subject(),
                    Comparison.BETWEEN,
                    List.of(low.get().values().get(0), high.get().values().get(0))));
        }
        return Optional.empty();
    }

    private static Optional<PickedCondition> called(Expression.Call call) {
        List<Expression> arguments = call.arguments();
        Optional<String> key = arguments.isEmpty() ? Optional.empty() : key(arguments.get(0));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        if (call.function().equals("selected")
                && arguments.size() == 2
                && arguments.get(1) instanceof Expression.TextLiteral value) {
            return Optional.of(
                    new PickedCondition(key.get(), Comparison.INCLUDES, List.of(Literal.text(value.value()))));
        }
        if (arguments.size() == 1
                && (call.function().equals("answered") || call.function().equals("empty"))) {
            Comparison comparison = call.function().equals("answered") ? Comparison.ANSWERED : Comparison.NOT_ANSWERED;
            return Optional.of(new PickedCondition(key.get(), comparison, List.of()));
        }
        return Optional.empty();
    }

    /** A key, {@code .}, or count/length of one. */
    private static Optional<String> subject(Expression expression) {
        if (expression instanceof Expression.Call call
                && call.arguments().size() == 1
                && (call.function().equals("count") || call.function().equals("length"))) {
            return key(call.arguments().get(0)).map(key -> call.function() + "(" + key + ")");
        }
        return key(expression);
    }

    private static Optional<String> key(Expression expression) {
        if (expression instanceof Expression.Reference reference) {
            return Optional.of(reference.key());
        }
        return expression instanceof Expression.Self ? Optional.of(".") : Optional.empty();
    }

    private static Optional<Literal> literal(Expression expression) {
        if (expression instanceof Expression.NumberLiteral number) {
            return Optional.of(Literal.number(number.value()));
        }
        if (expression instanceof Expression.TextLiteral text) {
            return Optional.of(Literal.text(text.value()));
        }
        if (expression instanceof Expression.Unary negated
                && negated.operator() == Expression.UnaryOperator.NEGATE
                && negated.operand() instanceof Expression.NumberLiteral number) {
            return Optional.of(Literal.number(number.value().negate()));
        }
        return Optional.empty();
    }
}
