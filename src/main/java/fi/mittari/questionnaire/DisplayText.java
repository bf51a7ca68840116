package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitDisplayText(this);
    }

    @Override
    public String typeName() {
        return "note";
    }

    @Override
    public List<Choice> answerChoices() {
        return List.of();
    }

    @Override
    public Optional<OtherChoice> other() {
        return Optional.empty();
    }
}
