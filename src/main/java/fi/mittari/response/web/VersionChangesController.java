package fi.mittari.response.web;

import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.questionnaire.VersionChange;
import fi.mittari.questionnaire.VersionDiff;
import fi.mittari.response.StoredAnswerCounts;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiProblem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Optional;

/**
 * The change summary between two versions of a questionnaire, with how many stored answers each change touches, so
 * staff see before publishing what a relabelled or removed question or choice does to answers already given.
 * (It lives with responses because it counts them; the questionnaire feature knows nothing of responses.)
 */
@Controller("/api/questionnaires/{key}/changes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class VersionChangesController {

    private final QuestionnaireCatalog catalog;
    private final StoredAnswerCounts counts;

    VersionChangesController(QuestionnaireCatalog catalog, StoredAnswerCounts counts) {
        this.catalog = catalog;
        this.counts = counts;
    }

    @Get
    HttpResponse<?> changes(String key, @QueryValue int from, @QueryValue int to) {
        Optional<StoredQuestionnaire> older = catalog.version(key, from);
        Optional<StoredQuestionnaire> newer = catalog.version(key, to);
        if (older.isEmpty() || newer.isEmpty()) {
            return HttpResponse.notFound(
                    ApiProblem.of("Questionnaire '" + key + "' has no version " + (older.isEmpty() ? from : to)));
        }
        StoredAnswerCounts.Counts stored = counts.of(key);
        List<ChangeView> changes =
                VersionDiff.between(older.get().questionnaire(), newer.get().questionnaire()).stream()
                        .map(change -> view(change, stored))
                        .toList();
        return HttpResponse.ok(new ChangeSummary(key, from, to, changes));
    }

    private static ChangeView view(VersionChange change, StoredAnswerCounts.Counts stored) {
        long touched = !change.affectsStoredAnswers()
                ? 0
                : change.choiceValue().isEmpty()
                        ? stored.question(change.questionKey())
                        : stored.choice(change.questionKey(), change.choiceValue());
        String detail = "";
        if (change instanceof VersionChange.QuestionRetyped retyped) {
            detail = retyped.fromType() + " → " + retyped.toType();
        } else if (change instanceof VersionChange.QuestionMoved moved) {
            detail = moved.fromPage() + " → " + moved.pageKey();
        }
        return new ChangeView(
                kind(change), change.questionKey(), change.choiceValue(), change.pageKey(), detail, touched);
    }

    /** "question_removed", "choice_relabelled", … */
    private static String kind(VersionChange change) {
        return change.getClass()
                .getSimpleName()
                .replaceAll("([a-z])([A-Z])", "$1_$2")
                .toLowerCase(java.util.Locale.ROOT);
    }

    @Serdeable
    record ChangeView(String change, String question, String choice, String page, String detail, long answersTouched) {}

    @Serdeable
    record ChangeSummary(String questionnaire, int from, int to, List<ChangeView> changes) {}
}
