package fi.mittari.report.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The answers for the Data sheet, in long format (one row per answer), the codebook that explains them and how they
 * are protected. Never questions flagged personal; open text only when the definition asks for it, and then the data
 * is pseudonymised, not anonymised (docs/privacy.md). The rows are streamed from the database while the sheet is
 * written, so any number fits in bounded memory.
 */
public record AnswerData(List<CodebookEntry> codebook, AnswerRows rows, Protection protection) {

    public AnswerData {
        codebook = List.copyOf(codebook);
    }

    /** Rows whose protection was not checked: labelled pseudonymised. */
    public AnswerData(List<CodebookEntry> codebook, AnswerRows rows) {
        this(codebook, rows, Protection.PSEUDONYMISED);
    }

    /**
     * {@code anonymised}: dates are months, and every combination of the quasi-identifier answers (the campaign,
     * dates and background questions) describes at least {@code k} respondents; the columns dropped, the columns
     * whose small groups are shown merged as "*", and the campaigns left out to get there are listed. Otherwise the
     * rows are pseudonymised: numbered respondents, nothing more.
     */
    public record Protection(
            boolean anonymised,
            int k,
            List<CodebookEntry> droppedColumns,
            List<CodebookEntry> mergedColumns,
            List<String> campaignsLeftOut) {

        public static final Protection PSEUDONYMISED = new Protection(false, 0, List.of(), List.of(), List.of());

        public Protection {
            droppedColumns = List.copyOf(droppedColumns);
            mergedColumns = List.copyOf(mergedColumns);
            campaignsLeftOut = List.copyOf(campaignsLeftOut);
        }
    }

    /** Streams the rows in a stable order (campaign, respondent, question key). */
    @FunctionalInterface
    public interface AnswerRows {
        void forEach(Consumer<AnswerRow> sink);
    }

    /**
     * @param respondent a number given per report (1, 2, …), never a database id, email or token
     * @param value the answer as stored (a choice value, a number, a date or text); respondents' text is data only
     * @param number the answer as a number when it is one
     */
    public record AnswerRow(
            long respondent, String campaignSlug, String questionKey, String value, Optional<BigDecimal> number) {}

    /** A question of the Data sheet: key, label, type, and for closed questions each value's label. */
    public record CodebookEntry(
            String campaignSlug, String questionKey, String label, String type, List<CodedValue> values) {
        public CodebookEntry {
            values = List.copyOf(values);
        }
    }

    public record CodedValue(String value, String label) {}
}
