package fi.mittari.privacy.web;

import fi.mittari.privacy.AccessRow;
import java.util.List;

/**
 * A person's answers as CSV (UTF-8 with a byte order mark, so spreadsheet programs read the letters right), one row
 * per answer. A value a spreadsheet would take for a formula is prefixed with an apostrophe: answers are data.
 */
final class AccessCsv {

    static final List<String> HEADER = List.of(
            "campaign",
            "questionnaire_version",
            "language",
            "sent_on",
            "question_key",
            "question",
            "answer",
            "consent_sha256");

    private AccessCsv() {}

    static String csv(List<AccessRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADER);
        for (AccessRow row : rows) {
            line(
                    out,
                    List.of(
                            safe(row.campaign()),
                            String.valueOf(row.questionnaireVersion()),
                            row.language(),
                            row.sentOn(),
                            safe(row.questionKey()),
                            safe(row.question()),
                            safe(row.answer()),
                            row.consent()));
        }
        return out.toString();
    }

    /** RFC 4180: every field quoted, quotes doubled, CRLF line ends. */
    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            out.append(i == 0 ? "" : ",")
                    .append('"')
                    .append(fields.get(i).replace("\"", "\"\""))
                    .append('"');
        }
        out.append("\r\n");
    }

    private static String safe(String value) {
        return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
