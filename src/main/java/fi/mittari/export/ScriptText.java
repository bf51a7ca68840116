package fi.mittari.export;

/** Labels made fit for a script's string literal: one line, bounded, the quote doubled or escaped by the caller. */
final class ScriptText {

    private ScriptText() {}

    /** The comment every script starts with, after the language's comment mark. */
    static String preamble(String comment, String csvFileName) {
        return comment + " Mittari answer export: reads " + csvFileName + " from the working directory.\n" + comment
                + " Codes and labels: codebook.csv.\n";
    }

    /** One line of at most {@code max} characters (SPSS: 256 for a variable label, 120 for a value label). */
    static String oneLine(String text, int max) {
        String line = text.replaceAll("[\\r\\n\\t]+", " ").strip();
        return line.length() > max ? line.substring(0, max) : line;
    }

    /** In single quotes, a quote doubled (SPSS). */
    static String single(String text, int max) {
        return "'" + oneLine(text, max).replace("'", "''") + "'";
    }

    /** In double quotes, backslash and quote escaped (R). */
    static String escaped(String text, int max) {
        return "\"" + oneLine(text, max).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** In Stata's compound quotes, which take any text but an unbalanced compound quote. */
    static String compound(String text, int max) {
        return "`\"" + oneLine(text, max).replace("`\"", "'\"").replace("\"'", "\"`") + "\"'";
    }
}
