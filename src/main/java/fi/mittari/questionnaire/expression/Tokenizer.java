package fi.mittari.questionnaire.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits expression text into tokens with 1-based columns. Lexical problems are collected rather than thrown, and
 * the offending characters are skipped, so that the caller can report all of them at once.
 */
final class Tokenizer {

    static final Set<String> KEYWORDS = Set.of("and", "or", "not", "in", "true", "false");

    private final String text;
    private final List<Token> tokens = new ArrayList<>();
    private final List<ExpressionProblem> problems = new ArrayList<>();
    private int position;

    private Tokenizer(String text) {
        this.text = text;
    }

    record Tokens(List<Token> tokens, List<ExpressionProblem> problems) {}

    static Tokens tokenize(String text) {
        Tokenizer tokenizer = new Tokenizer(text);
        tokenizer.run();
        return new Tokens(List.copyOf(tokenizer.tokens), List.copyOf(tokenizer.problems));
    }

    private void run() {
        while (position < text.length()) {
            char current = text.charAt(position);
            if (Character.isWhitespace(current)) {
                position++;
            } else if (isDigit(current)) {
                readNumber();
            } else if (Character.isLetter(current) || current == '_') {
                readName();
            } else if (current == '\'' || current == '"') {
                readText(current);
            } else {
                readSymbol(current);
            }
        }
        tokens.add(new Token(Token.Kind.END, "", text.length() + 1));
    }

    private void readNumber() {
        int start = position;
        skipDigits();
        if (position + 1 < text.length() && text.charAt(position) == '.' && isDigit(text.charAt(position + 1))) {
            position++;
            skipDigits();
        }
        add(Token.Kind.NUMBER, text.substring(start, position), start);
    }

    private void readName() {
        int start = position;
        while (position < text.length()
                && (Character.isLetterOrDigit(text.charAt(position)) || text.charAt(position) == '_')) {
            position++;
        }
        String name = text.substring(start, position);
        if (KEYWORDS.contains(name)) {
            add(Token.Kind.KEYWORD, name, start);
            return;
        }
        if (!name.matches("[a-z][a-z0-9_]*")) {
            problems.add(new ExpressionProblem(
                    start + 1,
                    "'" + name + "' is not a valid question key: keys are"
                            + " lowercase letters a-z, digits and underscores, starting with a letter"));
        }
        add(Token.Kind.NAME, name, start);
    }

    private void readText(char quote) {
        int start = position;
        int closing = text.indexOf(quote, start + 1);
        if (closing < 0) {
            problems.add(new ExpressionProblem(start + 1, "unterminated text: add the closing " + quote));
            add(Token.Kind.TEXT, text.substring(start + 1), start);
            position = text.length();
            return;
        }
        add(Token.Kind.TEXT, text.substring(start + 1, closing), start);
        position = closing + 1;
    }

    private void readSymbol(char current) {
        int start = position;
        String pair = position + 1 < text.length() ? text.substring(position, position + 2) : "";
        if (pair.equals("<=") || pair.equals(">=") || pair.equals("!=")) {
            position += 2;
            add(Token.Kind.OPERATOR, pair, start);
            return;
        }
        position++;
        switch (current) {
            case '=', '<', '>', '+', '-', '*', '/' -> add(Token.Kind.OPERATOR, String.valueOf(current), start);
            case '.' -> add(Token.Kind.DOT, ".", start);
            case '(' -> add(Token.Kind.LEFT_PAREN, "(", start);
            case ')' -> add(Token.Kind.RIGHT_PAREN, ")", start);
            case '[' -> add(Token.Kind.LEFT_BRACKET, "[", start);
            case ']' -> add(Token.Kind.RIGHT_BRACKET, "]", start);
            case ',' -> add(Token.Kind.COMMA, ",", start);
            default -> problems.add(new ExpressionProblem(
                    start + 1,
                    "unknown character '" + current + "'" + (current == '!' ? "; did you mean '!=' or 'not'?" : "")));
        }
    }

    private void skipDigits() {
        while (position < text.length() && isDigit(text.charAt(position))) {
            position++;
        }
    }

    private static boolean isDigit(char character) {
        return character >= '0' && character <= '9';
    }

    private void add(Token.Kind kind, String tokenText, int startIndex) {
        tokens.add(new Token(kind, tokenText, startIndex + 1));
    }
}
