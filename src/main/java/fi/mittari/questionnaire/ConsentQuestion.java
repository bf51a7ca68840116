package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement the respondent must accept to submit (for example consent to the processing of their answers). The
 * label is the statement; always required.
 */
public record ConsentQuestion(String key, LocalizedText label, LocalizedText hint, Classification classification)
        implements Question {

    public static final String ACCEPTED = "accepted";

    public ConsentQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(classification, "classification");
    }

    @Override
    public boolean required() {
        return true;
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitConsent(this);
    }

    @Override
    public String typeName() {
        return "consent";
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
