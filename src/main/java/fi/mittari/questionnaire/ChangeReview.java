package fi.mittari.questionnaire;

import java.util.List;
import java.util.Optional;

/**
 * What publishing a draft would change against the live version, each change with the stored answers it touches.
 * {@code liveVersion} is 0 when nothing is published yet (then there are no changes to review).
 */
public record ChangeReview(int liveVersion, List<ReviewedChange> changes) {

    public ChangeReview {
        changes = List.copyOf(changes);
    }

    public static ChangeReview of(Optional<StoredQuestionnaire> live, Questionnaire draft, AnswerTally answers) {
        if (live.isEmpty()) {
            return new ChangeReview(0, List.of());
        }
        List<ReviewedChange> reviewed = VersionDiff.between(live.get().questionnaire(), draft).stream()
                .map(change -> new ReviewedChange(change, touched(change, answers)))
                .toList();
        return new ChangeReview(live.get().versionNumber(), reviewed);
    }

    private static long touched(VersionChange change, AnswerTally answers) {
        if (!change.affectsStoredAnswers()) {
            return 0;
        }
        return change.choiceValue().isEmpty()
                ? answers.question(change.answerKey())
                : answers.choice(change.questionKey(), change.choiceValue());
    }

    public List<ReviewedChange> needingConfirmation() {
        return changes.stream().filter(ReviewedChange::needsConfirmation).toList();
    }

    public boolean needsConfirmation() {
        return changes.stream().anyMatch(ReviewedChange::needsConfirmation);
    }
}
