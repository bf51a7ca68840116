package fi.mittari.campaign.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.FieldProblem;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApiErrors
@Controller("/api/campaigns")
@ExecuteOn(TaskExecutors.BLOCKING)
class CampaignApiController {

    private final OpeningCampaign opening;
    private final Campaigns campaigns;
    private final QuestionnaireCatalog questionnaires;
    private final Projects projects;
    private final Clock clock;

    CampaignApiController(
            OpeningCampaign opening,
            Campaigns campaigns,
            QuestionnaireCatalog questionnaires,
            Projects projects,
            Clock clock) {
        this.projects = projects;
        this.opening = opening;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    @Post
    @Secured({Roles.ADMIN, Roles.DESIGNER})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    HttpResponse<?> open(@Body CampaignRequest request) {
        OpeningOutcome outcome = opening.open(request.toOpenCampaign(request.slug()));
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

    /** Changes the campaign's settings; the slug and questionnaire stay. Fields left out are cleared. */
    @Put("/{slug}")
    @Secured({Roles.ADMIN, Roles.DESIGNER})
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    HttpResponse<?> change(String slug, @Body CampaignRequest request) {
        if (campaigns.bySlug(slug).isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of("No campaign with slug '" + slug + "'"));
        }
        OpeningOutcome outcome = opening.change(slug, request.toOpenCampaign(slug));
        if (outcome instanceof OpeningOutcome.Opened changed) {
            return HttpResponse.ok(view(changed.campaign()));
        }
        return HttpResponse.unprocessableEntity()
                .body(problem("The campaign was not changed", ((OpeningOutcome.Refused) outcome).problems()));
    }

    @Get
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    List<CampaignView> list() {
        return campaigns.all().stream().map(this::view).toList();
    }

    @Get("/{slug}")
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CampaignView.class)))
    HttpResponse<?> show(String slug) {
        return campaigns
                .bySlug(slug)
                .<HttpResponse<?>>map(c -> HttpResponse.ok(view(c)))
                .orElseGet(() -> HttpResponse.notFound(ApiProblem.of("No campaign with slug '" + slug + "'")));
    }

    private CampaignView view(Campaign campaign) {
        var questionnaire =
                questionnaires.version(campaign.questionnaireVersionId()).orElseThrow();
        Map<String, String> thankYou = new java.util.TreeMap<>();
        for (Language language : Language.values()) {
            campaign.thankYou(language).ifPresent(text -> thankYou.put(language.code(), text));
        }
        return new CampaignView(
                campaign.slug(),
                campaign.title(),
                questionnaire.key(),
                questionnaire.versionNumber(),
                campaign.opensAt(),
                campaign.closesAt(),
                campaign.accessMode().name().toLowerCase(java.util.Locale.ROOT),
                campaign.offeredLanguages().stream().map(Language::code).toList(),
                campaign.responseCap(),
                campaign.eventCode(),
                Optional.ofNullable(campaign.projectId())
                        .flatMap(projects::byId)
                        .map(Project::code)
                        .orElse(null),
                campaign.purpose().name().toLowerCase(java.util.Locale.ROOT),
                thankYou,
                campaign.stateAt(clock.instant(), 0).name().toLowerCase(java.util.Locale.ROOT),
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
            @Nullable String opensAt,
            @Nullable String closesAt,
            @Nullable String project,
            @Nullable String accessMode,
            @Nullable List<String> languages,
            @Nullable Integer responseCap,
            @Nullable String event,
            @Nullable Map<String, String> thankYou,
            @Nullable String purpose) {

        OpenCampaign toOpenCampaign(@Nullable String slugOfCampaign) {
            return new OpenCampaign(
                    slugOfCampaign,
                    questionnaire,
                    title,
                    Optional.ofNullable(closesAt),
                    Optional.ofNullable(project),
                    new OpenCampaign.Settings(
                            Optional.ofNullable(opensAt),
                            Optional.ofNullable(accessMode),
                            languages == null ? List.of() : languages,
                            Optional.ofNullable(responseCap).map(String::valueOf),
                            Optional.ofNullable(event),
                            thankYou == null ? Map.of() : thankYou,
                            Optional.ofNullable(purpose)));
        }
    }

    /** {@code state}: not_yet_open, open or closed now (a full campaign shows as open here; see the counts). */
    @Serdeable
    record CampaignView(
            String slug,
            String title,
            String questionnaire,
            int questionnaireVersion,
            @Nullable Instant opensAt,
            @Nullable Instant closesAt,
            String accessMode,
            List<String> languages,
            @Nullable Integer responseCap,
            @Nullable String event,
            @Nullable String project,
            String purpose,
            Map<String, String> thankYou,
            String state,
            String url) {}
}
