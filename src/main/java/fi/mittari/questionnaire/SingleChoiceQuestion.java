package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Exactly one of the choices, as radio buttons or ({@code dropdown}) a select list for long lists, and optionally
 * "other, please specify" after them.
 */
public record SingleChoiceQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        List<Choice> choices,
        Classification classification,
        boolean dropdown,
        Optional<OtherChoice> other)
        implements Question {

    /** Radio buttons: the default, and the most accessible for short lists. */
    public SingleChoiceQuestion(
            String key,
            LocalizedText label,
            LocalizedText hint,
            boolean required,
            List<Choice> choices,
            Classification classification) {
        this(key, label, hint, required, choices, classification, false);
    }

    /** Without "other, please specify". */
    public SingleChoiceQuestion(
            String key,
            LocalizedText label,
            LocalizedText hint,
            boolean required,
            List<Choice> choices,
            Classification classification,
            boolean dropdown) {
        this(key, label, hint, required, choices, classification, dropdown, Optional.empty());
    }

    public SingleChoiceQuestion {
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

    @Override
    public List<Choice> singleAnswerChoices() {
        return allChoices();
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
        return visitor.visitSingleChoice(this);
    }

    @Override
    public String typeName() {
        return "single_choice";
    }

    @Override
    public List<Choice> answerChoices() {
        return allChoices();
    }
}
