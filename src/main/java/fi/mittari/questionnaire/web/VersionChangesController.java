package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.AnswerCounting;
import fi.mittari.questionnaire.ChangeReview;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.Optional;

/**
 * The change summary between two versions of a questionnaire, with how many stored answers each change touches, so
 * staff see what a relabelled or removed question or choice does to answers already given.
 */
@ApiErrors
@Controller("/api/questionnaires/{key}/changes")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class VersionChangesController {

    private final QuestionnaireCatalog catalog;
    private final AnswerCounting answers;

    VersionChangesController(QuestionnaireCatalog catalog, AnswerCounting answers) {
        this.catalog = catalog;
        this.answers = answers;
    }

    @Get
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = ChangeSummary.class)))
    HttpResponse<?> changes(String key, @QueryValue int from, @QueryValue int to) {
        Optional<StoredQuestionnaire> older = catalog.version(key, from);
        Optional<StoredQuestionnaire> newer = catalog.version(key, to);
        if (older.isEmpty() || newer.isEmpty()) {
            return HttpResponse.notFound(
                    ApiProblem.of("Questionnaire '" + key + "' has no version " + (older.isEmpty() ? from : to)));
        }
        ChangeReview review = ChangeReview.of(older, newer.get().questionnaire(), answers.tally(key));
        return HttpResponse.ok(new ChangeSummary(key, from, to, ChangeSummary.views(review)));
    }
}
