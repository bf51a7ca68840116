package fi.mittari.questionnaire.builder;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an expression is written: {@code field} "relevant" or "constraint" of the question {@code question}, or
 * "relevant" of page {@code page} (then {@code question} is ""). It decides the scope, the picker's legend and how the
 * picker's script names the place when it asks for a free expression to be checked.
 */
public record PickerPlace(String field, String question, int page) {

    public static final String RELEVANT = "relevant";
    public static final String CONSTRAINT = "constraint";

    public PickerPlace {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(question, "question");
        if (!field.equals(RELEVANT) && !field.equals(CONSTRAINT)) {
            throw new IllegalArgumentException("no expression field " + field);
        }
    }

    public static PickerPlace condition(String question) {
        return new PickerPlace(RELEVANT, question, -1);
    }

    public static PickerPlace constraint(String question) {
        return new PickerPlace(CONSTRAINT, question, -1);
    }

    public static PickerPlace pageCondition(int page) {
        return new PickerPlace(RELEVANT, "", page);
    }

    /** The place named by a request's parameters, as {@link #query()} writes them; empty when they name none. */
    public static Optional<PickerPlace> of(String question, String field, Integer page) {
        if (page != null && page >= 0 && (question == null || question.isBlank())) {
            return Optional.of(pageCondition(page));
        }
        if (question == null || question.isBlank() || question.length() > 64) {
            return Optional.empty();
        }
        return Optional.of(CONSTRAINT.equals(field) ? constraint(question) : condition(question));
    }

    public boolean isPage() {
        return question.isEmpty();
    }

    public PickerScope scope(QuestionnaireLayout layout) {
        if (isPage()) {
            return PickerScope.page(layout.questions(), page);
        }
        return field.equals(CONSTRAINT)
                ? PickerScope.constraint(layout.questions(), question)
                : PickerScope.condition(layout.questions(), question);
    }

    /**
     * The message key of the picker's legend. A calculation is never shown, so its condition decides whether it is
     * worked out ("Calculate only when"), not whether it is shown.
     */
    public String legendKey(QuestionnaireLayout layout) {
        if (isPage()) {
            return "pickers.legend.page";
        }
        boolean calculation = field.equals(RELEVANT)
                && layout.questions().stream()
                        .anyMatch(q -> q.key().equals(question) && q.type().equals("calculate"));
        return "pickers.legend." + (calculation ? "calculate" : field);
    }

    /** The request parameters naming this place. */
    public String query() {
        return isPage() ? "page=" + page : "question=" + question + "&field=" + field;
    }
}
