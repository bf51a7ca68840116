package fi.mittari.questionnaire.xlsform;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the XPath subset that XLSForm expressions use into tokens, keeping the whitespace before each token so that
 * a translation can keep the author's layout.
 */
final class XPathTokenizer {

    enum Kind {
        REFERENCE,
        DOT,
        NUMBER,
        TEXT,
        NAME,
        OPERATOR,
        LEFT_PAREN,
        RIGHT_PAREN,
        COMMA,
        UNSUPPORTED
    }

    /**
     * {@code text} is the source spelling; for a reference, the name inside ${…}; for a text, its content.
     * {@code typographic} marks a text quoted with typographic quotes (‘…’ or “…”).
     */
    record XToken(Kind kind, String text, String space, boolean typographic) {
        XToken(Kind kind, String text, String space) {
            this(kind, text, space, false);
        }

        boolean is(Kind expected, String expectedText) {
            return kind == expected && text.equals(expectedText);
        }
    }

    /**
     * Spreadsheet programs turn straight quotes into these as people type, so a text may open with either of a pair
     * and close with either: ‘other’, ’other’ and “other” are all the text other.
     */
    private static final String TYPOGRAPHIC_SINGLE = "\u2018\u2019";

    private static final String TYPOGRAPHIC_DOUBLE = "\u201C\u201D";

    private final String source;
    private final List<XToken> tokens = new ArrayList<>();
    private int position;
    private int spaceStart;

    private XPathTokenizer(String source) {
        this.source = source;
    }

    static List<XToken> tokenize(String source) {
        XPathTokenizer tokenizer = new XPathTokenizer(source);
        tokenizer.run();
        return tokenizer.tokens;
    }

    private void run() {
        while (position < source.length()) {
            char c = source.charAt(position);
            if (Character.isWhitespace(c)) {
                position++;
                continue;
            }
            String space = source.substring(spaceStart, position);
            XToken token = next(c, space);
            tokens.add(token);
            spaceStart = position;
        }
    }

    private XToken next(char c, String space) {
        int start = position;
        if (c == '$' && position + 1 < source.length() && source.charAt(position + 1) == '{') {
            int close = source.indexOf('}', position);
            if (close < 0) {
                position = source.length();
                return new XToken(Kind.UNSUPPORTED, source.substring(start), space);
            }
            position = close + 1;
            return new XToken(Kind.REFERENCE, source.substring(start + 2, close).strip(), space);
        }
        if (isDigit(c) || (c == '.' && position + 1 < source.length() && isDigit(source.charAt(position + 1)))) {
            while (position < source.length() && (isDigit(source.charAt(position)) || source.charAt(position) == '.')) {
                position++;
            }
            return new XToken(Kind.NUMBER, source.substring(start, position), space);
        }
        if (c == '.') {
            position++;
            boolean parent = position < source.length() && source.charAt(position) == '.';
            position += parent ? 1 : 0;
            return new XToken(parent ? Kind.UNSUPPORTED : Kind.DOT, source.substring(start, position), space);
        }
        if (c == '\'' || c == '"') {
            int close = source.indexOf(c, position + 1);
            if (close < 0) {
                position = source.length();
                return new XToken(Kind.UNSUPPORTED, source.substring(start), space);
            }
            position = close + 1;
            return new XToken(Kind.TEXT, source.substring(start + 1, close), space);
        }
        if (TYPOGRAPHIC_SINGLE.indexOf(c) >= 0 || TYPOGRAPHIC_DOUBLE.indexOf(c) >= 0) {
            return typographicText(TYPOGRAPHIC_SINGLE.indexOf(c) >= 0 ? TYPOGRAPHIC_SINGLE : TYPOGRAPHIC_DOUBLE, space);
        }
        if (Character.isLetter(c) || c == '_') {
            return new XToken(Kind.NAME, readName(), space);
        }
        return symbol(c, space);
    }

    private XToken typographicText(String pair, String space) {
        int start = position;
        int close = position + 1;
        while (close < source.length() && pair.indexOf(source.charAt(close)) < 0) {
            close++;
        }
        if (close >= source.length()) {
            position = source.length();
            return new XToken(Kind.UNSUPPORTED, source.substring(start), space);
        }
        position = close + 1;
        return new XToken(Kind.TEXT, source.substring(start + 1, close), space, true);
    }

    // Hyphens belong to names such as count-selected, but "a - b" and "x-1" stay arithmetic; a choice filter's
    // label::English is one name.
    private String readName() {
        int start = position;
        while (position < source.length()) {
            char c = source.charAt(position);
            if (source.startsWith("::", position)
                    && position + 2 < source.length()
                    && Character.isLetter(source.charAt(position + 2))) {
                position += 2;
                continue;
            }
            boolean joiner = (c == '-' || c == ':')
                    && position + 1 < source.length()
                    && Character.isLetter(source.charAt(position + 1));
            if (!(Character.isLetterOrDigit(c) || c == '_' || joiner)) {
                break;
            }
            position++;
        }
        return source.substring(start, position);
    }

    private XToken symbol(char c, String space) {
        String pair = position + 1 < source.length() ? source.substring(position, position + 2) : "";
        if (pair.equals("!=") || pair.equals("<=") || pair.equals(">=")) {
            position += 2;
            return new XToken(Kind.OPERATOR, pair, space);
        }
        position++;
        String text = String.valueOf(c);
        switch (c) {
            case '=':
            case '<':
            case '>':
            case '+':
            case '-':
            case '*':
                return new XToken(Kind.OPERATOR, text, space);
            case '(':
                return new XToken(Kind.LEFT_PAREN, text, space);
            case ')':
                return new XToken(Kind.RIGHT_PAREN, text, space);
            case ',':
                return new XToken(Kind.COMMA, text, space);
            default:
                return new XToken(Kind.UNSUPPORTED, text, space);
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
