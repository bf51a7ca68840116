package fi.mittari.questionnaire;

import java.util.Objects;

/** Words between questions (an introduction, an instruction); takes no answer. The label is the text shown. */
public record DisplayText(String key, LocalizedText label, LocalizedText hint) implements Question {

    public DisplayText {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public Classification classification() {
        return Classification.NONE;
    }

    @Override
    public boolean takesAnswer() {
        return false;
    }
}
