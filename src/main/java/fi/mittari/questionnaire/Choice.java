package fi.mittari.questionnaire;

import java.util.Objects;

/**
 * One choice of a choice question: the value stored in answers, and its label. An {@code exclusive} choice of a
 * multiple choice ("none of these") cannot be ticked together with any other.
 */
public record Choice(String value, LocalizedText label, boolean exclusive) {

    public Choice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    public Choice(String value, LocalizedText label) {
        this(value, label, false);
    }
}
