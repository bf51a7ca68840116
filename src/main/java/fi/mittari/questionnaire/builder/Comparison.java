package fi.mittari.questionnaire.builder;

import java.util.Arrays;
import java.util.Optional;

/**
 * The comparisons a picker offers. {@link #code()} is what a form posts; {@link #symbol()} the operator written in
 * the expression, where there is one.
 */
public enum Comparison {
    EQUALS("eq", "=", 1, 1),
    NOT_EQUALS("ne", "!=", 1, 1),
    LESS("lt", "<", 1, 1),
    LESS_OR_EQUAL("le", "<=", 1, 1),
    GREATER("gt", ">", 1, 1),
    GREATER_OR_EQUAL("ge", ">=", 1, 1),
    BETWEEN("between", "", 2, 2),
    ONE_OF("in", "", 1, Integer.MAX_VALUE),
    INCLUDES("selected", "", 1, 1),
    ANSWERED("answered", "", 0, 0),
    NOT_ANSWERED("empty", "", 0, 0);

    private final String code;
    private final String symbol;
    private final int fewestValues;
    private final int mostValues;

    Comparison(String code, String symbol, int fewestValues, int mostValues) {
        this.code = code;
        this.symbol = symbol;
        this.fewestValues = fewestValues;
        this.mostValues = mostValues;
    }

    public String code() {
        return code;
    }

    public String symbol() {
        return symbol;
    }

    int fewestValues() {
        return fewestValues;
    }

    int mostValues() {
        return mostValues;
    }

    /** Whether the values are numbers typed in rather than choices picked from the question. */
    public boolean ordering() {
        return this == LESS || this == LESS_OR_EQUAL || this == GREATER || this == GREATER_OR_EQUAL || this == BETWEEN;
    }

    public static Optional<Comparison> ofCode(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }

    static Optional<Comparison> ofSymbol(String symbol) {
        return Arrays.stream(values())
                .filter(c -> !c.symbol.isEmpty() && c.symbol.equals(symbol))
                .findFirst();
    }
}
