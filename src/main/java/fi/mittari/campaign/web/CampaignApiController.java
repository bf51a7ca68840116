package fi.mittari.campaign.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.FieldProblem;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Controller("/api/campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
class CampaignApiController {

    private final OpeningCampaign opening;
    private final Campaigns campaigns;
    private final QuestionnaireCatalog questionnaires;

    CampaignApiController(OpeningCampaign opening, Campaigns campaigns, QuestionnaireCatalog questionnaires) {
        this.opening = opening;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
    }

    @Post
    @Secured({Roles.ADMIN, Roles.DESIGNER})
    HttpResponse<?> open(@Body CampaignRequest request) {
        OpeningOutcome outcome = opening.open(new OpenCampaign(
                request.slug(),
                request.questionnaire(),
                request.title(),
                Optional.ofNullable(request.closesAt()),
                Optional.ofNullable(request.project())));
        if (outcome instanceof OpeningOutcome.Opened opened) {
            CampaignView view = view(opened.campaign());
            return HttpResponse.created(view, URI.create("/api/campaigns/" + view.slug()));
        }
        if (outcome instanceof OpeningOutcome.SlugTaken taken) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(problem("The campaign was not opened", List.of(taken.problem())));
        }
        return HttpResponse.unprocessableEntity()
                .body(problem("The campaign was not opened", ((OpeningOutcome.Refused) outcome).problems()));
    }

    @Get
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    List<CampaignView> list() {
        return campaigns.all().stream().map(this::view).toList();
    }

    @Get("/{slug}")
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    HttpResponse<?> show(String slug) {
        return campaigns
                .bySlug(slug)
                .<HttpResponse<?>>map(c -> HttpResponse.ok(view(c)))
                .orElseGet(() -> HttpResponse.notFound(ApiProblem.of("No campaign with slug '" + slug + "'")));
    }

    private CampaignView view(Campaign campaign) {
        var questionnaire =
                questionnaires.version(campaign.questionnaireVersionId()).orElseThrow();
        return new CampaignView(
                campaign.slug(),
                campaign.title(),
                questionnaire.key(),
                questionnaire.versionNumber(),
                campaign.closesAt(),
                "/s/" + campaign.slug());
    }

    private static ApiProblem problem(String message, List<FieldProblem> problems) {
        return new ApiProblem(
                message,
                problems.stream()
                        .map(p -> new ApiProblem.Detail(p.field(), "invalid", p.message()))
                        .toList());
    }

    @Serdeable
    record CampaignRequest(
            @Nullable String slug,
            @Nullable String questionnaire,
            @Nullable String title,
            @Nullable String closesAt,
            @Nullable String project) {}

    @Serdeable
    record CampaignView(
            String slug,
            String title,
            String questionnaire,
            int questionnaireVersion,
            @Nullable Instant closesAt,
            String url) {}
}
