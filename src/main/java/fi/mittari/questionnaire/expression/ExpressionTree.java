package fi.mittari.questionnaire.expression;

import java.util.ArrayList;
import java.util.List;

/**
 * An expression as nested lists of plain values, ready to be written as JSON for the form's script, which evaluates
 * conditions while the respondent answers (the server evaluates them again; the script only saves a round trip).
 * Each node is a list whose first element names it: {@code ["num", "2.5"]}, {@code ["text", "yes"]},
 * {@code ["bool", true]}, {@code ["ref", "key"]}, {@code ["self"]}, {@code ["not", x]}, {@code ["neg", x]},
 * {@code ["op", "=", left, right]}, {@code ["in", left, [items]]}, {@code ["call", "selected", [args]]}.
 */
public final class ExpressionTree {

    private ExpressionTree() {}

    public static List<Object> of(Expression expression) {
        if (expression instanceof Expression.NumberLiteral number) {
            return List.of("num", number.value().toPlainString());
        } else if (expression instanceof Expression.TextLiteral text) {
            return List.of("text", text.value());
        } else if (expression instanceof Expression.BooleanLiteral bool) {
            return List.of("bool", bool.value());
        } else if (expression instanceof Expression.Reference reference) {
            return List.of("ref", reference.key());
        } else if (expression instanceof Expression.Self) {
            return List.of("self");
        } else if (expression instanceof Expression.Unary unary) {
            return List.of(unary.operator() == Expression.UnaryOperator.NOT ? "not" : "neg", of(unary.operand()));
        } else if (expression instanceof Expression.Binary binary) {
            return List.of("op", binary.operator().symbol(), of(binary.left()), of(binary.right()));
        } else if (expression instanceof Expression.In in) {
            return List.of("in", of(in.left()), all(in.items()));
        } else if (expression instanceof Expression.Call call) {
            return List.of("call", call.function(), all(call.arguments()));
        }
        throw new IllegalStateException("unhandled expression " + expression);
    }

    private static List<Object> all(List<Expression> expressions) {
        List<Object> nodes = new ArrayList<>();
        expressions.forEach(e -> nodes.add(of(e)));
        return nodes;
    }
}
