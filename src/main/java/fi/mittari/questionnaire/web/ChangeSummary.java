package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.ChangeReview;
import fi.mittari.questionnaire.ReviewedChange;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** A change review as JSON: from version {@code from} to {@code to} (0 for the draft). */
@Serdeable
record ChangeSummary(String questionnaire, int from, int to, List<ChangeView> changes) {

    static List<ChangeView> views(ChangeReview review) {
        return review.changes().stream().map(ChangeSummary::view).toList();
    }

    private static ChangeView view(ReviewedChange change) {
        return new ChangeView(
                change.kind(),
                change.change().questionKey(),
                change.change().choiceValue(),
                change.change().pageKey(),
                change.detail(),
                change.answersTouched(),
                change.needsConfirmation());
    }

    /** {@code needsConfirmation}: publishing it is refused unless confirmed, because stored answers point at it. */
    @Serdeable
    record ChangeView(
            String change,
            String question,
            String choice,
            String page,
            String detail,
            long answersTouched,
            boolean needsConfirmation) {}
}
