package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.PublishOutcome;
import fi.mittari.questionnaire.web.QuestionnaireDraftApiController.ConfirmationNeeded;
import fi.mittari.questionnaire.web.QuestionnaireDraftApiController.DraftView;
import fi.mittari.questionnaire.web.QuestionnaireDraftApiController.ImportedDraftView;
import fi.mittari.questionnaire.web.QuestionnaireDraftApiController.Publication;
import fi.mittari.questionnaire.web.QuestionnaireDraftApiController.Refusal;
import fi.mittari.web.ApiProblem;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * The API's answers to what became of a draft: saved or created, refused for its key, published or unchanged, refused
 * for its errors or for want of a confirmation, or no draft at all. Each outcome has its status and body here, so the
 * endpoints that save a draft in different ways answer alike.
 */
final class DraftApiResponses {

    private DraftApiResponses() {}

    static HttpResponse<?> published(String key, PublishOutcome outcome) {
        if (outcome instanceof PublishOutcome.Published published) {
            var version = published.version();
            return HttpResponse.created(
                    new Publication(key, version.versionNumber(), version.contentHash(), true),
                    URI.create("/api/questionnaires/" + key + "/versions/" + version.versionNumber()));
        }
        if (outcome instanceof PublishOutcome.Unchanged unchanged) {
            var version = unchanged.version();
            return HttpResponse.ok(new Publication(key, version.versionNumber(), version.contentHash(), false));
        }
        if (outcome instanceof PublishOutcome.Invalid invalid) {
            return HttpResponse.unprocessableEntity()
                    .body(new Refusal(
                            "The draft has errors; nothing was published", ProblemView.all(invalid.problems())));
        }
        if (outcome instanceof PublishOutcome.NeedsConfirmation needs) {
            var review = needs.review();
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(new ConfirmationNeeded(
                            "Publishing would leave stored answers pointing at removed or retyped questions or"
                                    + " choices. The answers are kept; publish again with {\"confirm\": true} to"
                                    + " accept.",
                            new ChangeSummary(key, review.liveVersion(), 0, ChangeSummary.views(review))));
        }
        return noDraft(key);
    }

    static HttpResponse<?> saved(DraftSaveOutcome outcome) {
        return saved(outcome, DraftView::of);
    }

    /** As {@link #saved(DraftSaveOutcome)}, the saved draft with what the XLSForm import left out or changed. */
    static HttpResponse<?> imported(DraftSaveOutcome outcome, List<DefinitionProblem> importWarnings) {
        return saved(outcome, draft -> ImportedDraftView.of(draft, importWarnings));
    }

    private static HttpResponse<?> saved(DraftSaveOutcome outcome, Function<Draft, Object> view) {
        if (outcome instanceof DraftSaveOutcome.Saved saved) {
            Object body = view.apply(saved.draft());
            return saved.created()
                    ? HttpResponse.created(
                            body,
                            URI.create("/api/questionnaires/" + saved.draft().key() + "/draft"))
                    : HttpResponse.ok(body);
        }
        if (outcome instanceof DraftSaveOutcome.KeyTaken taken) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(ApiProblem.of("A questionnaire with key '" + taken.key() + "' already exists; save its"
                            + " draft with PUT /api/questionnaires/" + taken.key() + "/draft"));
        }
        var noKey = (DraftSaveOutcome.NoUsableKey) outcome;
        return HttpResponse.unprocessableEntity()
                .body(new Refusal(
                        "The definition has no usable key; nothing was saved", ProblemView.all(noKey.problems())));
    }

    static HttpResponse<?> noDraft(String key) {
        return HttpResponse.notFound(ApiProblem.of("Questionnaire '" + key + "' has no draft"));
    }

    static HttpResponse<?> tooLarge() {
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(ApiProblem.of("The definition is larger than "
                        + QuestionnaireApiController.MAX_DEFINITION_CHARACTERS + " characters"));
    }
}
