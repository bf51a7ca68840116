package fi.mittari.questionnaire.expression;

import java.util.ArrayList;
import java.util.List;

/** The parser's position in the token list, its nesting depth and the problems it has found. */
final class TokenCursor {

    static final int MAX_DEPTH = 50;

    /** Unwinds the parser's recursion after the first syntax error; the problem itself is already recorded. */
    static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError() {
            super(null, null, false, false);
        }
    }

    private final List<Token> tokens;
    private final List<ExpressionProblem> problems = new ArrayList<>();
    private int position;
    private int depth;

    TokenCursor(List<Token> tokens) {
        this.tokens = tokens;
    }

    Token current() {
        return tokens.get(position);
    }

    /** The token after the current one (the end token when there is none). */
    Token peek() {
        return tokens.get(Math.min(position + 1, tokens.size() - 1));
    }

    Token advance() {
        Token token = tokens.get(position);
        if (token.kind() != Token.Kind.END) {
            position++;
        }
        return token;
    }

    void expect(Token.Kind kind, String description) {
        if (current().kind() != kind) {
            throw fail("expected " + description + " but found " + current().describe());
        }
        advance();
    }

    /** Called on entering a nested part; the limit keeps deeply nested input from overflowing the stack. */
    void enter() {
        depth++;
        if (depth > MAX_DEPTH) {
            throw fail("the expression is nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
    }

    void leave() {
        depth--;
    }

    /** Records a problem at the current token; throw the result to stop parsing. */
    SyntaxError fail(String message) {
        report(new ExpressionProblem(current().column(), message));
        return new SyntaxError();
    }

    void report(ExpressionProblem problem) {
        problems.add(problem);
    }

    List<ExpressionProblem> problems() {
        return List.copyOf(problems);
    }
}
