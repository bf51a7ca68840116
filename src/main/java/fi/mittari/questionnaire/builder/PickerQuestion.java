package fi.mittari.questionnaire.builder;

import fi.mittari.questionnaire.ConsentQuestion;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.YesNoQuestion;
import fi.mittari.questionnaire.expression.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A question as a picker sees it: its key, type, the page it is on (0 for a questionnaire without pages), its label
 * and its choices. Built from the document being edited, so it exists also for drafts the reader still refuses.
 * {@code calculated} is the type of a calculation's value as the reader works it out; empty for other questions and
 * for a calculation the reader cannot type.
 */
public record PickerQuestion(
        String key,
        String type,
        int page,
        Map<Language, String> label,
        List<PickerChoice> choices,
        Optional<ValueType> calculated) {

    public PickerQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        // only a calculation has a calculated value; a key repeated in a draft must not lend one to another question
        calculated = type.equals("calculate") ? Objects.requireNonNull(calculated, "calculated") : Optional.empty();
        label = Map.copyOf(label);
        choices = List.copyOf(choices.isEmpty() ? impliedChoices(type) : choices);
    }

    /** A question that is not a calculation. */
    public PickerQuestion(String key, String type, int page, Map<Language, String> label, List<PickerChoice> choices) {
        this(key, type, page, label, choices, Optional.empty());
    }

    /** Yes/no and consent questions store fixed values that the document does not list. */
    private static List<PickerChoice> impliedChoices(String type) {
        return switch (type) {
            case "yes_no" -> YesNoQuestion.CHOICES.stream()
                    .map(c -> new PickerChoice(c.value(), c.label().texts()))
                    .toList();
            case "consent" -> List.of(new PickerChoice(ConsentQuestion.ACCEPTED, Map.of()));
            default -> List.of();
        };
    }

    /** A choice by its stored value and its label. */
    public record PickerChoice(String value, Map<Language, String> label) {
        public PickerChoice {
            Objects.requireNonNull(value, "value");
            label = Map.copyOf(label);
        }
    }

    /**
     * How an expression sees the answer, as the reader types it; empty for notes, matrices and unknown types, which
     * no expression can use. A calculation's is the type of its value.
     */
    public Optional<ValueType> valueType() {
        return type.equals("calculate") ? calculated : answerType(type);
    }

    /** How an expression sees the answer to an asked question of {@code type}. */
    static Optional<ValueType> answerType(String type) {
        return switch (type) {
            case "single_choice", "yes_no", "consent" -> Optional.of(ValueType.CHOICE);
            case "multiple_choice", "ranking" -> Optional.of(ValueType.CHOICES);
            case "rating", "number", "likert" -> Optional.of(ValueType.NUMBER);
            case "date" -> Optional.of(ValueType.DATE);
            case "time" -> Optional.of(ValueType.TIME);
            case "datetime" -> Optional.of(ValueType.DATETIME);
            case "text" -> Optional.of(ValueType.TEXT);
            default -> Optional.empty();
        };
    }

    /** The label in {@code language}, else in any language, else the key. */
    public String labelIn(Language language) {
        return Optional.ofNullable(label.get(language))
                .or(() -> label.values().stream().filter(t -> !t.isBlank()).findFirst())
                .orElse(key);
    }
}
