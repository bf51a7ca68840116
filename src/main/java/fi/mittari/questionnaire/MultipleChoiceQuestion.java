package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Any number of the choices, optionally with "other, please specify" after them. */
public record MultipleChoiceQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        List<Choice> choices,
        Classification classification,
        int minSelected,
        int maxSelected,
        Optional<OtherChoice> other)
        implements Question {

    /** No limit on how many choices are ticked. */
    public static final int NO_LIMIT = 0;

    public MultipleChoiceQuestion(
            String key,
            LocalizedText label,
            LocalizedText hint,
            boolean required,
            List<Choice> choices,
            Classification classification) {
        this(key, label, hint, required, choices, classification, NO_LIMIT, NO_LIMIT);
    }

    /** Without "other, please specify". */
    public MultipleChoiceQuestion(
            String key,
            LocalizedText label,
            LocalizedText hint,
            boolean required,
            List<Choice> choices,
            Classification classification,
            int minSelected,
            int maxSelected) {
        this(key, label, hint, required, choices, classification, minSelected, maxSelected, Optional.empty());
    }

    public MultipleChoiceQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(other, "other");
        choices = List.copyOf(choices);
    }

    /** The choices as answers see them: the written ones, then "other" when offered. */
    public List<Choice> allChoices() {
        return other.map(o -> Choices.withOther(choices, o)).orElse(choices);
    }

    /** Any choice by its value, retired ones too: for naming and counting stored answers. */
    public Optional<Choice> choice(String value) {
        return allChoices().stream().filter(c -> c.value().equals(value)).findFirst();
    }

    /** The choices a form shows and a new answer may hold: all but those of retired code list entries. */
    public List<Choice> offeredChoices() {
        return Choices.offered(allChoices());
    }

    /** An offered choice by its value; empty for a retired or unknown one. */
    public Optional<Choice> offeredChoice(String value) {
        return choice(value).filter(Choice::offered);
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitMultipleChoice(this);
    }

    @Override
    public String typeName() {
        return "multiple_choice";
    }

    @Override
    public List<Choice> answerChoices() {
        return allChoices();
    }
}
