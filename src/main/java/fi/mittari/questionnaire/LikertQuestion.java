package fi.mittari.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Agreement or frequency on a short scale of {@code points} (3–11) numbered from 1, with optional words for the ends
 * or for every point. Unlike a rating, its points are also choices, so reports show the share of each point.
 */
public record LikertQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        int points,
        LocalizedText minLabel,
        LocalizedText maxLabel,
        List<LocalizedText> pointLabels,
        Classification classification)
        implements Question {

    public static final int FEWEST_POINTS = 3;
    public static final int MOST_POINTS = 11;
    public static final int DEFAULT_POINTS = 5;

    public LikertQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(minLabel, "minLabel");
        Objects.requireNonNull(maxLabel, "maxLabel");
        Objects.requireNonNull(classification, "classification");
        pointLabels = List.copyOf(pointLabels);
    }

    /** Each point as a choice valued "1".."points", labelled by its own label or else by its number. */
    @Override
    public List<Choice> singleAnswerChoices() {
        return IntStream.rangeClosed(1, points)
                .mapToObj(point -> new Choice(String.valueOf(point), pointLabel(point)))
                .toList();
    }

    /** The label of a point (1-based): its own when every point is labelled, else its number in every language. */
    public LocalizedText pointLabel(int point) {
        if (pointLabels.size() == points) {
            return pointLabels.get(point - 1);
        }
        String number = String.valueOf(point);
        return new LocalizedText(Map.of(Language.FI, number, Language.SV, number, Language.EN, number));
    }

    public boolean labelsEveryPoint() {
        return !pointLabels.isEmpty();
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitLikert(this);
    }

    @Override
    public String typeName() {
        return "likert";
    }

    @Override
    public List<Choice> answerChoices() {
        return singleAnswerChoices();
    }

    @Override
    public Optional<OtherChoice> other() {
        return Optional.empty();
    }
}
