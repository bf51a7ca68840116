package fi.mittari.questionnaire;

import fi.mittari.questionnaire.expression.Expression;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A value worked out on the server from the answers given before it, never shown to respondents: its label and hint
 * are for staff (exports, codebook, results). Its value is stored with the response like an answer, so conditions,
 * constraints and calculations after it can use it by key.
 */
public record CalculateQuestion(
        String key, LocalizedText label, LocalizedText hint, Expression formula, Classification classification)
        implements Question {

    public CalculateQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(formula, "formula");
        Objects.requireNonNull(classification, "classification");
    }

    @Override
    public boolean required() {
        return false;
    }

    @Override
    public Optional<Expression> calculation() {
        return Optional.of(formula);
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitCalculate(this);
    }

    @Override
    public String typeName() {
        return "calculate";
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
