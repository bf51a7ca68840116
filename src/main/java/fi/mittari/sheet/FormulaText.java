package fi.mittari.sheet;

/**
 * The one rule for text that a spreadsheet program would read as a formula (OWASP's CSV injection list, less tab and
 * return): workbooks keep such text a quote-prefixed string cell, CSV files put an apostrophe in front of it.
 */
public final class FormulaText {

    private FormulaText() {}

    public static boolean looksLikeAFormula(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
    }

    /** {@code value}, with an apostrophe in front when it looks like a formula, as a spreadsheet shows quoted text. */
    public static String quotedForCsv(String value) {
        return looksLikeAFormula(value) ? "'" + value : value;
    }
}
