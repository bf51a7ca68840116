package fi.mittari.questionnaire.expression;

import fi.mittari.questionnaire.expression.Expression.BinaryOperator;
import fi.mittari.questionnaire.expression.Expression.UnaryOperator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser over the tokens of {@link Tokenizer}. It stops at the first syntax error (later messages
 * would mostly be echoes of it) but keeps going after a reserved word used as a key, which it can recover from.
 */
final class Parser {

    private static final Map<String, BinaryOperator> COMPARISONS = Map.of(
            "=",
            BinaryOperator.EQUAL,
            "!=",
            BinaryOperator.NOT_EQUAL,
            "<",
            BinaryOperator.LESS,
            "<=",
            BinaryOperator.LESS_OR_EQUAL,
            ">",
            BinaryOperator.GREATER,
            ">=",
            BinaryOperator.GREATER_OR_EQUAL);

    private final TokenCursor tokens;

    private Parser(List<Token> tokens) {
        this.tokens = new TokenCursor(tokens);
    }

    record Outcome(Expression expression, List<ExpressionProblem> problems) {}

    /** The expression is null when a syntax error stopped parsing. */
    static Outcome parse(List<Token> tokens) {
        Parser parser = new Parser(tokens);
        TokenCursor cursor = parser.tokens;
        try {
            Expression expression = parser.parseOr();
            if (cursor.current().kind() != Token.Kind.END) {
                throw cursor.fail("unexpected " + cursor.current().describe() + "; expected an operator or the end");
            }
            return new Outcome(expression, cursor.problems());
        } catch (TokenCursor.SyntaxError stopped) {
            return new Outcome(null, cursor.problems());
        }
    }

    private Expression parseOr() {
        tokens.enter();
        Expression left = parseAnd();
        while (tokens.current().isKeyword("or")) {
            Token operator = tokens.advance();
            left = new Expression.Binary(BinaryOperator.OR, left, parseAnd(), operator.column());
        }
        tokens.leave();
        return left;
    }

    private Expression parseAnd() {
        Expression left = parseNot();
        while (tokens.current().isKeyword("and")) {
            Token operator = tokens.advance();
            left = new Expression.Binary(BinaryOperator.AND, left, parseNot(), operator.column());
        }
        return left;
    }

    private Expression parseNot() {
        if (!tokens.current().isKeyword("not")) {
            return parseComparison();
        }
        Token operator = tokens.advance();
        tokens.enter();
        Expression operand = parseNot();
        tokens.leave();
        return new Expression.Unary(UnaryOperator.NOT, operand, operator.column());
    }

    // Comparisons do not chain: "a < b < c" is reported as an error instead of comparing a true/false with c.
    private Expression parseComparison() {
        Expression left = parseAdditive();
        Token next = tokens.current();
        if (next.isKeyword("in")) {
            tokens.advance();
            return new Expression.In(left, parseList(), next.column());
        }
        BinaryOperator operator = next.kind() == Token.Kind.OPERATOR ? COMPARISONS.get(next.text()) : null;
        if (operator == null) {
            return left;
        }
        tokens.advance();
        return new Expression.Binary(operator, left, parseAdditive(), next.column());
    }

    private Expression parseAdditive() {
        Expression left = parseMultiplicative();
        while (tokens.current().isOperator("+") || tokens.current().isOperator("-")) {
            Token operator = tokens.advance();
            BinaryOperator kind = operator.text().equals("+") ? BinaryOperator.ADD : BinaryOperator.SUBTRACT;
            left = new Expression.Binary(kind, left, parseMultiplicative(), operator.column());
        }
        return left;
    }

    private Expression parseMultiplicative() {
        Expression left = parseUnary();
        while (tokens.current().isOperator("*") || tokens.current().isOperator("/")) {
            Token operator = tokens.advance();
            BinaryOperator kind = operator.text().equals("*") ? BinaryOperator.MULTIPLY : BinaryOperator.DIVIDE;
            left = new Expression.Binary(kind, left, parseUnary(), operator.column());
        }
        return left;
    }

    private Expression parseUnary() {
        if (!tokens.current().isOperator("-")) {
            return parsePrimary();
        }
        Token operator = tokens.advance();
        tokens.enter();
        Expression operand = parseUnary();
        tokens.leave();
        return new Expression.Unary(UnaryOperator.NEGATE, operand, operator.column());
    }

    private Expression parsePrimary() {
        Token token = tokens.current();
        switch (token.kind()) {
            case NUMBER:
                tokens.advance();
                return new Expression.NumberLiteral(new BigDecimal(token.text()), token.column());
            case TEXT:
                tokens.advance();
                return new Expression.TextLiteral(token.text(), token.column());
            case DOT:
                tokens.advance();
                return new Expression.Self(token.column());
            case NAME:
                tokens.advance();
                return tokens.current().kind() == Token.Kind.LEFT_PAREN ? parseCall(token) : reference(token);
            case LEFT_PAREN:
                tokens.advance();
                Expression inner = parseOr();
                tokens.expect(Token.Kind.RIGHT_PAREN, "')'");
                return inner;
            case KEYWORD:
                return parseKeywordAsPrimary(token);
            default:
                throw tokens.fail("expected a value but found " + token.describe());
        }
    }

    private Expression parseKeywordAsPrimary(Token token) {
        if (token.isKeyword("true") || token.isKeyword("false")) {
            tokens.advance();
            return new Expression.BooleanLiteral(token.isKeyword("true"), token.column());
        }
        if (token.isKeyword("not")) {
            throw tokens.fail("'not' must come before a whole comparison; put the negated part in parentheses");
        }
        Token following = tokens.peek();
        if (following.kind() == Token.Kind.END
                || following.kind() == Token.Kind.RIGHT_PAREN
                || following.kind() == Token.Kind.OPERATOR) {
            // Looks like it was meant as a key; report it and carry on as if it were one.
            tokens.report(new ExpressionProblem(
                    token.column(), "'" + token.text() + "' is a reserved word and cannot be used as a question key"));
            tokens.advance();
            return new Expression.Reference(token.text(), token.column());
        }
        throw tokens.fail("expected a value but found " + token.describe());
    }

    private Expression reference(Token name) {
        return new Expression.Reference(name.text(), name.column());
    }

    private Expression parseCall(Token name) {
        tokens.advance();
        List<Expression> arguments = new ArrayList<>();
        if (tokens.current().kind() != Token.Kind.RIGHT_PAREN) {
            arguments.add(parseOr());
            while (tokens.current().kind() == Token.Kind.COMMA) {
                tokens.advance();
                arguments.add(parseOr());
            }
        }
        tokens.expect(Token.Kind.RIGHT_PAREN, "',' or ')'");
        return new Expression.Call(name.text(), arguments, name.column());
    }

    private List<Expression> parseList() {
        tokens.expect(Token.Kind.LEFT_BRACKET, "'[' to start the list of values");
        List<Expression> items = new ArrayList<>();
        items.add(parseListItem());
        while (tokens.current().kind() == Token.Kind.COMMA) {
            tokens.advance();
            items.add(parseListItem());
        }
        tokens.expect(Token.Kind.RIGHT_BRACKET, "',' or ']'");
        return items;
    }

    private Expression parseListItem() {
        Token token = tokens.current();
        boolean negative = token.isOperator("-");
        Token literal = negative ? tokens.peek() : token;
        if (literal.kind() == Token.Kind.NUMBER) {
            tokens.advance();
            if (negative) {
                tokens.advance();
            }
            BigDecimal number = new BigDecimal(literal.text());
            return new Expression.NumberLiteral(negative ? number.negate() : number, token.column());
        }
        if (!negative && literal.kind() == Token.Kind.TEXT) {
            tokens.advance();
            return new Expression.TextLiteral(literal.text(), token.column());
        }
        throw tokens.fail("a list may only contain numbers and texts, but found " + token.describe());
    }
}
