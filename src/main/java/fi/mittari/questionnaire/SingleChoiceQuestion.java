package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Exactly one of the choices. */
public record SingleChoiceQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        List<Choice> choices,
        Classification classification)
        implements Question {

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
