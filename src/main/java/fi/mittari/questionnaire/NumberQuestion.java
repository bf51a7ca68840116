package fi.mittari.questionnaire;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A number: whole unless {@code decimal}, within optional bounds, with an optional unit shown after the field
 * ("hours per week", "€").
 */
public record NumberQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        boolean decimal,
        Optional<BigDecimal> min,
        Optional<BigDecimal> max,
        LocalizedText unit,
        Classification classification)
        implements Question {

    public NumberQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(classification, "classification");
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitNumber(this);
    }

    @Override
    public String typeName() {
        return "number";
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
