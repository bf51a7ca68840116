package fi.mittari.response.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.response.ImportOutcome;
import fi.mittari.response.ImportingResponses;
import fi.mittari.response.RowProblem;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import fi.mittari.web.SheetUpload;
import fi.mittari.web.UploadRefusal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Optional;

/** Paper forms uploaded as one CSV or XLSX file: all rows stored in one transaction, or none with every problem. */
@ApiErrors
@Controller("/api/campaigns/{slug}/responses/upload")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class ResponseUploadController {

    /** Problems listed in one answer; a file wrong in every row would otherwise answer with megabytes. */
    private final Campaigns campaigns;

    private final ImportingResponses importing;

    ResponseUploadController(Campaigns campaigns, ImportingResponses importing) {
        this.campaigns = campaigns;
        this.importing = importing;
    }

    @Post
    @Consumes({SheetUpload.CSV, SheetUpload.XLSX})
    @ApiResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = Imported.class)))
    @ApiResponse(
            responseCode = "200",
            description = "Every row was stored before",
            content = @Content(schema = @Schema(implementation = Imported.class)))
    HttpResponse<?> upload(String slug, @Body byte[] file, HttpRequest<?> request) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of("No campaign with slug '" + slug + "'"));
        }
        return SheetUpload.read(file, request, sheet -> answer(importing.importSheet(campaign.get(), sheet)));
    }

    private static HttpResponse<?> answer(ImportOutcome outcome) {
        return outcome.accept(new ImportOutcome.Cases<HttpResponse<?>>() {
            @Override
            public HttpResponse<?> stored(ImportOutcome.Stored stored) {
                var body = new Imported(stored.stored(), stored.repeated());
                return stored.stored() > 0 ? HttpResponse.created(body) : HttpResponse.ok(body);
            }

            @Override
            public HttpResponse<?> refused(ImportOutcome.Refused refused) {
                return HttpResponse.unprocessableEntity().body(refusal(refused.problems()));
            }

            @Override
            public HttpResponse<?> campaignClosed(ImportOutcome.CampaignClosed closed) {
                return HttpResponse.status(HttpStatus.CONFLICT)
                        .body(ApiProblem.of(
                                "The campaign takes no responses now (" + closed.state() + "); nothing was stored"));
            }
        });
    }

    private static UploadRefusal refusal(List<RowProblem> problems) {
        return UploadRefusal.of(problems.stream()
                .map(p -> new UploadRefusal.RowError(p.row(), p.column(), p.message()))
                .toList());
    }

    @Serdeable
    record Imported(int stored, int repeated) {}
}
