package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Exactly one of the choices, as radio buttons or ({@code dropdown}) a select list for long lists. */
public record SingleChoiceQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        List<Choice> choices,
        Classification classification,
        boolean dropdown)
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

    public SingleChoiceQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        choices = List.copyOf(choices);
    }

    @Override
    public List<Choice> singleAnswerChoices() {
        return choices;
    }

    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }
}
