package fi.mittari.questionnaire.builder.web;

import io.micronaut.core.annotation.Nullable;

/**
 * The page that tries a condition against a questionnaire's questions without storing anything: the picker, and
 * after a post the expression it makes ({@code result}, "" for none) or the problem. Public for Thymeleaf.
 */
public record ExpressionTryPage(
        String key, String placeLabel, String action, PickerView picker, @Nullable String result) {

    public boolean hasResult() {
        return result != null;
    }
}
