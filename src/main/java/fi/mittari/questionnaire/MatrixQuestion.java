package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Several items answered on one shared scale of choices ("rate the venue, the programme, the accessibility").
 * Each item's answer is stored under {@link #answerKey(MatrixItem)}, so every item counts like a single choice;
 * {@code required} means every item needs an answer.
 */
public record MatrixQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        List<MatrixItem> items,
        List<Choice> choices,
        Classification classification)
        implements Question {

    public MatrixQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(classification, "classification");
        items = List.copyOf(items);
        choices = List.copyOf(choices);
    }

    /** "matrix.item": the key an item's answer is submitted and stored under. */
    public String answerKey(MatrixItem item) {
        return key + "." + item.key();
    }

    public Optional<MatrixItem> item(String itemKey) {
        return items.stream().filter(i -> i.key().equals(itemKey)).findFirst();
    }

    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitMatrix(this);
    }

    @Override
    public String typeName() {
        return "matrix";
    }

    @Override
    public List<Choice> answerChoices() {
        return choices;
    }

    @Override
    public Optional<OtherChoice> other() {
        return Optional.empty();
    }
}
