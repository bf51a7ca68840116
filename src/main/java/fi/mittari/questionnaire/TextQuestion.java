package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

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

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitText(this);
    }

    @Override
    public String typeName() {
        return "text";
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
