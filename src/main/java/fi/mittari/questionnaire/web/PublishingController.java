package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.ChangeReview;
import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.PublishOutcome;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.ReviewedChange;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.questionnaire.web.DesignerFormPosts.PublishPost;
import fi.mittari.questionnaire.web.DesignerPages.Message;
import fi.mittari.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Publishing a draft from the designer: the summary of its changes against the live version, with the answers each
 * would strand, and the confirmation those changes need.
 */
@Controller("/staff/questionnaires")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class PublishingController {

    private final QuestionnaireDrafts drafts;
    private final QuestionnaireCatalog catalog;

    PublishingController(QuestionnaireDrafts drafts, QuestionnaireCatalog catalog) {
        this.drafts = drafts;
        this.catalog = catalog;
    }

    @Get("/{key}/publish")
    HttpResponse<?> review(String key) {
        Optional<Draft> draft = drafts.draft(key);
        if (draft.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/staff/questionnaires/" + key + "/edit"));
        }
        return HttpResponse.ok(publishPage(key, draft.get(), null));
    }

    @Post("/{key}/publish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(String key, @Nullable @Body PublishPost form, Authentication user) {
        boolean confirmed = form != null && form.confirmed();
        PublishOutcome outcome = drafts.publish(key, confirmed, user.getName());
        if (outcome instanceof PublishOutcome.Published published) {
            return HttpResponse.seeOther(URI.create("/staff/questionnaires?published=" + key + "&version="
                    + published.version().versionNumber()));
        }
        if (outcome instanceof PublishOutcome.Unchanged unchanged) {
            return HttpResponse.seeOther(URI.create("/staff/questionnaires?published=" + key + "&version="
                    + unchanged.version().versionNumber()));
        }
        Optional<Draft> draft = drafts.draft(key);
        if (draft.isEmpty()) {
            return HttpResponse.seeOther(URI.create("/staff/questionnaires/" + key + "/edit"));
        }
        Message refusal = Message.of(
                outcome instanceof PublishOutcome.NeedsConfirmation
                        ? "questionnaires.refusal.needsConfirmation"
                        : "questionnaires.refusal.hasErrors");
        HttpStatus status = outcome instanceof PublishOutcome.NeedsConfirmation
                ? HttpStatus.CONFLICT
                : HttpStatus.UNPROCESSABLE_ENTITY;
        return HttpResponse.status(status).body(publishPage(key, draft.get(), refusal));
    }

    private ModelAndView<?> publishPage(String key, Draft draft, @Nullable Message refusal) {
        ChangeReview review = drafts.review(key).orElse(new ChangeReview(0, List.of()));
        List<DesignerPages.ChangeRow> rows =
                review.changes().stream().map(PublishingController::row).toList();
        long atRisk = review.needingConfirmation().stream()
                .mapToLong(ReviewedChange::answersTouched)
                .sum();
        var page = new DesignerPages.PublishPage(
                key,
                review.liveVersion() == 0
                        ? catalog.latest(key)
                                .map(StoredQuestionnaire::versionNumber)
                                .orElse(0)
                        : review.liveVersion(),
                rows,
                review.needsConfirmation(),
                atRisk,
                refusal,
                DesignerPages.problemLines(draft.read().problems()));
        return new ModelAndView<>("designer/publish", Map.of("page", page));
    }

    private static DesignerPages.ChangeRow row(ReviewedChange change) {
        return new DesignerPages.ChangeRow(
                change.kind(),
                change.change().questionKey(),
                change.change().choiceValue(),
                change.detail(),
                change.answersTouched(),
                change.needsConfirmation());
    }
}
