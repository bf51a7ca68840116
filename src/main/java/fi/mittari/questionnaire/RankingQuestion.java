package fi.mittari.questionnaire;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The choices put in order of preference: all of them, or ({@code rankCount}) only the top few. The answer is the
 * ranked choices in order; each is stored with its rank.
 */
public record RankingQuestion(
        String key,
        LocalizedText label,
        LocalizedText hint,
        boolean required,
        List<Choice> choices,
        int rankCount,
        Classification classification)
        implements Question {

    /** Rank every choice. */
    public static final int ALL = 0;

    public RankingQuestion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(hint, "hint");
        Objects.requireNonNull(classification, "classification");
        choices = List.copyOf(choices);
    }

    /** How many ranks there are to give: 1 up to this. */
    public int ranks() {
        return rankCount == ALL ? choices.size() : Math.min(rankCount, choices.size());
    }

    public Optional<Choice> choice(String value) {
        return choices.stream().filter(c -> c.value().equals(value)).findFirst();
    }

    @Override
    public <R> R accept(QuestionVisitor<R> visitor) {
        return visitor.visitRanking(this);
    }

    @Override
    public String typeName() {
        return "ranking";
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
