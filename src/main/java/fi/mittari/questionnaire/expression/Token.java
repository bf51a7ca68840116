package fi.mittari.questionnaire.expression;

/** One token of expression text; {@code text} is the source spelling, or the unquoted content of a text literal. */
record Token(Kind kind, String text, int column) {

    enum Kind {
        NUMBER,
        TEXT,
        NAME,
        KEYWORD,
        DOT,
        OPERATOR,
        LEFT_PAREN,
        RIGHT_PAREN,
        LEFT_BRACKET,
        RIGHT_BRACKET,
        COMMA,
        END
    }

    boolean is(Kind expectedKind, String expectedText) {
        return kind == expectedKind && text.equals(expectedText);
    }

    boolean isKeyword(String keyword) {
        return is(Kind.KEYWORD, keyword);
    }

    boolean isOperator(String symbol) {
        return is(Kind.OPERATOR, symbol);
    }

    /** How the token is named in "expected ... but found ..." messages. */
    String describe() {
        switch (kind) {
            case END:
                return "the end of the expression";
            case TEXT:
                return "text '" + text + "'";
            default:
                return "'" + text + "'";
        }
    }
}
