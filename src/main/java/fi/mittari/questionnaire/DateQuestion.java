package fi.mittari.questionnaire;

import java.time.LocalDate;
import java.util.List;
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

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitDate(this);
    }

    @Override
    public String typeName() {
        return "date";
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
