package fi.mittari.response.web;

import java.util.List;

/**
 * One question as a form field. {@code kind} picks the template fragment: single, multiple, rating, text, number, date,
 * consent, note, matrix or ranking. {@code unit} follows a number field; {@code inputMode} picks the phone keyboard.
 * {@code id} is the HTML id of the field (or of its first option) so error links can move focus there. {@code parts}
 * are a matrix's items or a ranking's choices, each answered on its own; {@code other} is the text field of "other,
 * please specify". {@code valueKind} and {@code condition} are for the form's script (see {@link LiveConditions}).
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
        String describedBy,
        List<Part> parts,
        OtherText other,
        String valueKind,
        String condition,
        String choiceFilter) {

    private static final int SHORT_SCALE = 5;

    /** The same field with what the form's script needs: how to read its value, and its condition as JSON. */
    QuestionField live(String kind, String conditionJson) {
        return with(id, options, kind, conditionJson, choiceFilter);
    }

    /**
     * The same field offering only {@code kept} of its options, and, for the form's script, the choice filter as JSON
     * ("" when the server decided it); a dropdown's empty "choose" option stays.
     */
    QuestionField filtered(List<Option> kept, String filterJson) {
        return with(focusAfterFiltering(kept), kept, valueKind, condition, filterJson);
    }

    private QuestionField with(
            String newId, List<Option> newOptions, String newValueKind, String newCondition, String newChoiceFilter) {
        return new QuestionField(
                kind,
                newId,
                name,
                label,
                hint,
                required,
                newOptions,
                minLabel,
                maxLabel,
                multiline,
                maxLength,
                text,
                unit,
                inputMode,
                error,
                describedBy,
                parts,
                other,
                newValueKind,
                newCondition,
                newChoiceFilter);
    }

    /** Radio buttons and checkboxes focus their first option, which filtering may have removed. */
    private String focusAfterFiltering(List<Option> kept) {
        if (options.isEmpty() || !id.equals(options.get(0).id())) {
            return id;
        }
        return kept.isEmpty() ? baseId() : kept.get(0).id();
    }

    /** Whether the form's script filters the choices as the respondent answers. */
    public boolean filteredLive() {
        return !choiceFilter.isEmpty();
    }

    public String key() {
        return name.substring(SurveyPages.FIELD_PREFIX.length());
    }

    public boolean conditional() {
        return !condition.isEmpty();
    }

    public boolean hasError() {
        return !error.isEmpty();
    }

    /**
     * How long a rating or Likert scale is, for its layout: "short" (up to 5 points) always fits one row, even at 320
     * px; a "long" one stands in a column where a row of its points does not fit.
     */
    public String scaleLength() {
        return options.size() <= SHORT_SCALE ? "short" : "long";
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
    public record Option(String id, String value, String label, boolean checked, String spokenText, String choiceData) {

        public Option(String id, String value, String label, boolean checked, String spokenText) {
            this(id, value, label, checked, spokenText, "");
        }

        /** The same option with its choice's attributes as JSON, which the script's choice filter reads. */
        Option withChoiceData(String json) {
            return new Option(id, value, label, checked, spokenText, json);
        }

        public boolean hasSpokenText() {
            return !spokenText.isEmpty();
        }
    }

    /**
     * One separately answered part: a matrix item (radio buttons in a fieldset of its own) or a ranking's choice (a
     * select of ranks). {@code id} is its first control's, for error links; {@code errorLabel} names the part there.
     */
    public record Part(
            String id,
            String name,
            String label,
            List<Option> options,
            String error,
            String errorId,
            String errorLabel) {

        public boolean hasError() {
            return !error.isEmpty();
        }
    }

    /** The text field under "other, please specify"; {@code offered} is false for questions without one. */
    public record OtherText(boolean offered, String id, String name, String label, String value, String error) {

        static final OtherText NONE = new OtherText(false, "", "", "", "", "");

        public boolean hasError() {
            return !error.isEmpty();
        }

        public String errorId() {
            return id + "-error";
        }
    }
}
