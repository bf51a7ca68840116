package fi.mittari.response.web;

import java.util.List;

/**
 * One question as a form field. {@code kind} picks the template fragment: single, multiple, rating, text, number, date,
 * consent or note. {@code unit} follows a number field; {@code inputMode} picks the phone keyboard.
 * {@code id} is the HTML id of the field (or of its first option) so error links can move focus there.
 */
public record QuestionField(
        String kind,
        String id,
        String name,
        String label,
        String hint,
        boolean required,
        List<Option> options,
        String minLabel,
        String maxLabel,
        boolean multiline,
        int maxLength,
        String text,
        String unit,
        String inputMode,
        String error,
        String describedBy) {

    public boolean hasError() {
        return !error.isEmpty();
    }

    public boolean hasHint() {
        return !hint.isEmpty();
    }

    public String hintId() {
        return baseId() + "-hint";
    }

    public String errorId() {
        return baseId() + "-error";
    }

    /** "q-" and the question key: the prefix of every id this question's markup uses. */
    private String baseId() {
        return "q-" + name.substring(SurveyPages.FIELD_PREFIX.length());
    }

    /**
     * {@code spokenText} completes the label for screen readers only: the end points of a rating scale say what
     * they mean ("0, Not useful at all"), which sighted respondents read from the labels beside the scale.
     */
    public record Option(String id, String value, String label, boolean checked, String spokenText) {

        public boolean hasSpokenText() {
            return !spokenText.isEmpty();
        }
    }
}
