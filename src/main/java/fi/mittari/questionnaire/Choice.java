package fi.mittari.questionnaire;

import java.util.Objects;

/**
 * One choice of a choice question: the value stored in answers, and its label. An {@code exclusive} choice of a
 * multiple choice ("none of these") cannot be ticked together with any other. A {@code retired} choice comes from a
 * retired code list entry: no longer offered nor accepted in new answers, but still named and counted where stored
 * answers hold it.
 */
public record Choice(String value, LocalizedText label, boolean exclusive, boolean retired) {

    public Choice {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(label, "label");
    }

    public Choice(String value, LocalizedText label, boolean exclusive) {
        this(value, label, exclusive, false);
    }

    public Choice(String value, LocalizedText label) {
        this(value, label, false);
    }

    /** Whether forms show it and new answers may hold it. */
    public boolean offered() {
        return !retired;
    }
}
