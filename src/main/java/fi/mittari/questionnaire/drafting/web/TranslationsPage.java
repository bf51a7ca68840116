package fi.mittari.questionnaire.drafting.web;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * Every text of a questionnaire in one table, a column per language: {@code rows} in document order (only those with
 * a missing translation when {@code onlyMissing}), {@code missing} the count of empty cells in the whole
 * questionnaire, {@code revision} the hash of the text the form was made from. A public record for Thymeleaf.
 */
public record TranslationsPage(
        String key,
        String action,
        List<String> languages,
        List<Row> rows,
        int total,
        long missing,
        boolean onlyMissing,
        String revision,
        @Nullable String notice,
        int saved,
        @Nullable String refusal,
        List<Cell> errors) {

    public boolean hasNotice() {
        return notice != null;
    }

    public boolean hasRefusal() {
        return refusal != null || !errors.isEmpty();
    }

    /** A text: {@code owner} is the question, page or choice it belongs to, {@code field} what it is, both said. */
    public record Row(int index, String owner, String field, List<Cell> cells) {}

    /**
     * One language of a text: the input {@code name} and {@code id}, its value, whether it is missing; {@code error}
     * a message key when the value was refused.
     */
    public record Cell(
            String lang,
            String name,
            String id,
            String value,
            boolean missing,
            boolean multiline,
            @Nullable String error) {

        public boolean hasError() {
            return error != null;
        }
    }
}
