package fi.mittari.response.web;

import fi.mittari.questionnaire.Question;
import java.util.ArrayList;
import java.util.List;

/**
 * What every kind of question field shares: its id, label, hint, error and "other" text. Each method finishes it as one
 * kind, with the element an error links to and the hint and error its inputs are described by.
 */
final class CommonField {
    private final Question question;
    private final String id;
    private final String label;
    private final String hint;
    private final String error;
    private final QuestionField.OtherText other;

    CommonField(Question question, String id, String label, String hint, String error, QuestionField.OtherText other) {
        this.question = question;
        this.id = id;
        this.label = label;
        this.hint = hint;
        this.error = error;
        this.other = other;
    }

    /** The id of the field, which its options' and parts' ids start with. */
    String id() {
        return id;
    }

    CommonField withHint(String extra) {
        return new CommonField(question, id, label, hint.isEmpty() ? extra : hint + " " + extra, error, other);
    }

    /** Errors link to the first part, or to the question's error message when no part has an error. */
    QuestionField withParts(String kind, List<QuestionField.Part> parts, List<QuestionField.Option> scale) {
        String first = parts.isEmpty() ? id : parts.get(0).id();
        return build(kind, first, scale, "", "", "", "", "", 0, parts);
    }

    QuestionField choices(String kind, List<QuestionField.Option> options) {
        String first = options.isEmpty() ? id : options.get(0).id();
        return build(kind, first, options, "", "", "", "", "", 0, List.of());
    }

    /** A select list: the label points at the select itself, so errors link there too. */
    QuestionField select(List<QuestionField.Option> options) {
        return build("dropdown", id, options, "", "", "", "", "", 0, List.of());
    }

    QuestionField scale(List<QuestionField.Option> points, String minLabel, String maxLabel) {
        return build("rating", points.get(0).id(), points, minLabel, maxLabel, "", "", "", 0, List.of());
    }

    QuestionField input(String kind, String value, String unit, String inputMode, int maxLength) {
        return build(kind, id, List.of(), "", "", value, unit, inputMode, maxLength, List.of());
    }

    private QuestionField build(
            String kind,
            String focusId,
            List<QuestionField.Option> options,
            String minLabel,
            String maxLabel,
            String value,
            String unit,
            String inputMode,
            int maxLength,
            List<QuestionField.Part> parts) {
        List<String> describedBy = new ArrayList<>();
        if (!hint.isEmpty()) {
            describedBy.add(id + "-hint");
        }
        if (!error.isEmpty()) {
            describedBy.add(id + "-error");
        }
        boolean multiline = kind.equals("textarea");
        return new QuestionField(
                multiline ? "text" : kind,
                focusId,
                SurveyPages.FIELD_PREFIX + question.key(),
                label,
                hint,
                question.required() && question.takesAnswer(),
                options,
                minLabel,
                maxLabel,
                multiline,
                maxLength,
                value,
                unit,
                inputMode,
                error,
                String.join(" ", describedBy),
                parts,
                other,
                "none",
                "",
                "");
    }
}
