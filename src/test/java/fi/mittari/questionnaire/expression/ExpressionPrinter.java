package fi.mittari.questionnaire.expression;

import java.util.stream.Collectors;

/** Test helper: prints an expression fully parenthesised, so tests can state how it was grouped. */
final class ExpressionPrinter {

    private ExpressionPrinter() {}

    static String print(Expression expression) {
        if (expression instanceof Expression.NumberLiteral number) {
            return number.value().toPlainString();
        } else if (expression instanceof Expression.TextLiteral text) {
            return "'" + text.value() + "'";
        } else if (expression instanceof Expression.BooleanLiteral bool) {
            return String.valueOf(bool.value());
        } else if (expression instanceof Expression.Reference reference) {
            return reference.key();
        } else if (expression instanceof Expression.Self) {
            return ".";
        } else if (expression instanceof Expression.Unary unary) {
            String operator = unary.operator() == Expression.UnaryOperator.NOT ? "not " : "-";
            return "(" + operator + print(unary.operand()) + ")";
        } else if (expression instanceof Expression.Binary binary) {
            return "(" + print(binary.left()) + " " + binary.operator().symbol() + " " + print(binary.right()) + ")";
        } else if (expression instanceof Expression.In in) {
            return "(" + print(in.left()) + " in ["
                    + in.items().stream().map(ExpressionPrinter::print).collect(Collectors.joining(", ")) + "])";
        } else if (expression instanceof Expression.Call call) {
            return call.function() + "("
                    + call.arguments().stream().map(ExpressionPrinter::print).collect(Collectors.joining(", ")) + ")";
        }
        throw new IllegalArgumentException(String.valueOf(expression));
    }

    /** Parses text that must be valid. */
    static Expression parsed(String text) {
        ParseResult result = Expressions.parse(text);
        if (result instanceof ParseResult.Parsed parsed) {
            return parsed.expression();
        }
        throw new AssertionError("expected '" + text + "' to parse but got " + result);
    }

    /** Parses text that must be invalid and returns its problems. */
    static java.util.List<ExpressionProblem> problemsOf(String text) {
        ParseResult result = Expressions.parse(text);
        if (result instanceof ParseResult.Invalid invalid) {
            return invalid.problems();
        }
        throw new AssertionError("expected '" + text + "' to be invalid but got " + result);
    }
}
