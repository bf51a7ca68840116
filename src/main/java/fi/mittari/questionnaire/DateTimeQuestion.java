package fi.mittari.questionnaire;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A date and a time of day within optional bounds: local wall-clock time as the respondent reads it, with no zone (see
 * docs/adr/0043-time-and-datetime-answers-are-iso-text-in-local-time.md).
 */
public record DateTimeQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        Optional<LocalDateTime> min,
        Optional<LocalDateTime> max,
        Classification classification)
        implements Question {

    public DateTimeQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(classification, "classification");
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitDateTime(this);
    }

    @Override
    public String typeName() {
        return "datetime";
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
