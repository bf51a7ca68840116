package fi.mittari.questionnaire;

import java.util.Objects;

/** Free text of at most maxLength characters, on one line or several. */
public record TextQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        boolean multiline,
        int maxLength,
        Classification classification)
        implements Question {

    public TextQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
    }
}
