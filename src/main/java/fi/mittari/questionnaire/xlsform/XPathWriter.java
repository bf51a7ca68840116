package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.expression.Expression;
import fi.mittari.questionnaire.expression.Expression.BinaryOperator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes a Mittari expression as XLSForm XPath: keys as {@code ${key}}, {@code count} as {@code count-selected},
 * {@code empty(x)} as {@code ${x} = ''}. Parentheses are added only where precedence needs them, so that an
 * expression read back by {@link XPathTranslator} has the same shape.
 */
final class XPathWriter {

    private static final int OR = 1;
    private static final int AND = 2;
    private static final int COMPARISON = 4;
    private static final int ADDITIVE = 5;
    private static final int MULTIPLICATIVE = 6;
    private static final int NEGATION = 7;
    private static final int ATOM = 8;
    private static final Map<String, String> FUNCTIONS = Map.of(
            "count", "count-selected", "length", "string-length", "matches", "regex", "selected_at", "selected-at");

    private XPathWriter() {}

    static String write(Expression expression) {
        return write(expression, 0);
    }

    /** Written to stand where an operand needs at least {@code level}, such as the right side of "and". */
    static String write(Expression expression, int level) {
        String text = text(expression);
        return level(expression) < level ? "(" + text + ")" : text;
    }

    /** The level an operand of "and" on its right must have. */
    static int rightOfAnd() {
        return AND + 1;
    }

    private static String text(Expression expression) {
        if (expression instanceof Expression.NumberLiteral number) {
            return number.value().toPlainString();
        } else if (expression instanceof Expression.TextLiteral text) {
            return quote(text.value());
        } else if (expression instanceof Expression.BooleanLiteral bool) {
            return bool.value() ? "true()" : "false()";
        } else if (expression instanceof Expression.Reference reference) {
            return "${" + reference.key() + "}";
        } else if (expression instanceof Expression.Self) {
            return ".";
        } else if (expression instanceof Expression.Unary unary) {
            return unary.operator() == Expression.UnaryOperator.NOT
                    ? "not(" + write(unary.operand(), 0) + ")"
                    : "-" + write(unary.operand(), NEGATION);
        } else if (expression instanceof Expression.Binary binary) {
            return binary(binary);
        } else if (expression instanceof Expression.In in) {
            String left = write(in.left(), ADDITIVE);
            return in.items().stream().map(item -> left + " = " + text(item)).collect(Collectors.joining(" or "));
        }
        return call((Expression.Call) expression);
    }

    private static String binary(Expression.Binary binary) {
        int level = level(binary);
        BinaryOperator operator = binary.operator();
        int leftLevel = operator.isEquality() || operator.isOrdering() ? ADDITIVE : level;
        String symbol = operator == BinaryOperator.DIVIDE ? "div" : operator.symbol();
        return write(binary.left(), leftLevel) + " " + symbol + " "
                + write(binary.right(), leftLevel == level ? level + 1 : ADDITIVE);
    }

    private static String call(Expression.Call call) {
        List<Expression> arguments = call.arguments();
        if ((call.function().equals("empty") || call.function().equals("answered")) && arguments.size() == 1) {
            return write(arguments.get(0), ADDITIVE) + (call.function().equals("empty") ? " = ''" : " != ''");
        }
        if (call.function().equals("choice")
                && arguments.size() == 1
                && arguments.get(0) instanceof Expression.TextLiteral column) {
            // in a choice_filter a bare name is a column of the choices sheet, and "name" the choice's value
            return column.value().equals("value") ? "name" : column.value();
        }
        String name = FUNCTIONS.getOrDefault(call.function(), call.function());
        return name + "(" + arguments.stream().map(a -> write(a, 0)).collect(Collectors.joining(", ")) + ")";
    }

    private static int level(Expression expression) {
        if (expression instanceof Expression.Binary binary) {
            BinaryOperator operator = binary.operator();
            if (operator == BinaryOperator.OR) {
                return OR;
            } else if (operator == BinaryOperator.AND) {
                return AND;
            } else if (operator.isEquality() || operator.isOrdering()) {
                return COMPARISON;
            }
            return operator == BinaryOperator.ADD || operator == BinaryOperator.SUBTRACT ? ADDITIVE : MULTIPLICATIVE;
        } else if (expression instanceof Expression.In in) {
            return in.items().size() > 1 ? OR : COMPARISON;
        } else if (expression instanceof Expression.Unary unary) {
            return unary.operator() == Expression.UnaryOperator.NOT ? ATOM : NEGATION;
        } else if (expression instanceof Expression.Call call) {
            boolean comparison =
                    call.function().equals("empty") || call.function().equals("answered");
            return comparison && call.arguments().size() == 1 ? COMPARISON : ATOM;
        }
        return ATOM;
    }

    private static String quote(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
