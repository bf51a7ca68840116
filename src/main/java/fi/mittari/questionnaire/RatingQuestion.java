package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A whole number from min to max (0–10 by default), with optional labels for the ends of the scale. */
public record RatingQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        int min,
        int max,
        LocalizedText minLabel,
        LocalizedText maxLabel,
        Classification classification)
        implements Question {

    public RatingQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(classification, "classification");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(minLabel, "minLabel");
        Objects.requireNonNull(maxLabel, "maxLabel");
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitRating(this);
    }

    @Override
    public String typeName() {
        return "rating";
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
