package fi.mittari.questionnaire;

import java.util.Objects;

/** One choice of a choice question: the value stored in answers, and its label. */
public record Choice(String value, LocalizedText label) {

    public Choice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }
}
