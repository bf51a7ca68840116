package fi.mittari.questionnaire;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** A calendar date within optional bounds. */
public record DateQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        Optional<LocalDate> min,
        Optional<LocalDate> max,
        Classification classification)
        implements Question {

    public DateQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(classification, "classification");
    }
}
