package fi.mittari.web;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Checks a bound staff form record against its constraints and says what broke, field by field, in the order the
 * record declares its fields (the order of the page), so the controller can show the same page again with its error
 * summary. The form is checked here rather than with {@code @Valid} on the controller's argument: a thrown
 * {@code ConstraintViolationException} would answer before the controller could draw the page with what was typed.
 *
 * <p>A constraint's {@code message} is a key of the page's staff bundle, not words: the page says it in the staff
 * member's language.
 */
@Singleton
public class PostedForms {

    /** One broken constraint: the field, by its name in the form, and the bundle key that says the rule. */
    public record Violation(String field, String messageKey) {}

    private final Validator validator;

    PostedForms(Validator validator) {
        this.validator = validator;
    }

    public <T extends Record> List<Violation> violations(T form) {
        List<String> order = Arrays.stream(form.getClass().getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
        return validator.validate(form).stream()
                .map(PostedForms::violation)
                .sorted(Comparator.comparingInt((Violation v) -> order.indexOf(v.field()))
                        .thenComparing(Violation::messageKey))
                .toList();
    }

    private static Violation violation(ConstraintViolation<?> broken) {
        String field = "";
        for (var node : broken.getPropertyPath()) {
            field = node.getName() == null ? field : node.getName();
        }
        return new Violation(field, broken.getMessageTemplate());
    }
}
