package fi.mittari.indicator.engine;

import fi.mittari.indicator.statistics.Bounds;
import fi.mittari.questionnaire.LikertQuestion;
import fi.mittari.questionnaire.NumberQuestion;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.RatingQuestion;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalDouble;

/** The values a question accepts as its number answer, as its questionnaire declares them. */
final class DeclaredBounds {

    private DeclaredBounds() {}

    /**
     * A number question's optional min and max, a rating's scale, a Likert scale's points 1…points; any other question
     * stores no number a mean is taken of (a ranking's ranks are not averaged as a concept's answer), so nothing.
     */
    static Bounds of(Question question) {
        if (question instanceof NumberQuestion number) {
            return new Bounds(value(number.min()), value(number.max()));
        }
        if (question instanceof RatingQuestion rating) {
            return Bounds.between(rating.min(), rating.max());
        }
        if (question instanceof LikertQuestion likert) {
            return Bounds.between(1, likert.points());
        }
        return Bounds.NONE;
    }

    private static OptionalDouble value(Optional<BigDecimal> bound) {
        return bound.map(b -> OptionalDouble.of(b.doubleValue())).orElse(OptionalDouble.empty());
    }
}
