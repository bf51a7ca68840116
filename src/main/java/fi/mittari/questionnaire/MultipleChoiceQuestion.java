package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Any number of the choices. */
public record MultipleChoiceQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        List<Choice> choices,
        Classification classification,
        int minSelected,
        int maxSelected)
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

    public MultipleChoiceQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        choices = List.copyOf(choices);
    }

    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }
}
