package fi.mittari.questionnaire;

import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A time of day (hours and minutes, no date and no zone) within optional bounds. */
public record TimeQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        Optional<LocalTime> min,
        Optional<LocalTime> max,
        Classification classification)
        implements Question {

    public TimeQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(classification, "classification");
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitTime(this);
    }

    @Override
    public String typeName() {
        return "time";
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
