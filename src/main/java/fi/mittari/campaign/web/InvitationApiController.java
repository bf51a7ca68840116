package fi.mittari.campaign.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.InvitationBatch;
import fi.mittari.campaign.Invitations;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import fi.mittari.web.PublicAddress;
import fi.mittari.web.PublicAddress.LinkBase;
import fi.mittari.web.PublicAddressUnknown;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.Optional;

/**
 * Personal invitations of a campaign. The links are in the answer to the request that creates them and nowhere else
 * (only their hashes are stored): as CSV for a mail merge with {@code Accept: text/csv}, else as JSON.
 */
@ApiErrors
@Controller("/api/campaigns/{slug}/invitations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class InvitationApiController {

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final PublicAddress address;

    InvitationApiController(Campaigns campaigns, Invitations invitations, PublicAddress address) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.address = address;
    }

    /** {@code count} anonymous invitations, or one per entry of {@code references} (the organisation's own codes). */
    @Post
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @ApiResponse(
            responseCode = "201",
            description = "Created: the links, shown only in this answer",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)),
                @Content(mediaType = "text/csv", schema = @Schema(type = "string"))
            })
    HttpResponse<?> create(
            String slug,
            @Body InvitationRequest request,
            @Nullable @Header(HttpHeaders.ACCEPT) String accept,
            HttpRequest<?> http) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of("No campaign with slug '" + slug + "'"));
        }
        // Checked before any invitation is made: the links are shown once, in this answer.
        Optional<LinkBase> base = address.forLinks(http);
        if (base.isEmpty()) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(ApiProblem.of(PublicAddressUnknown.API_MESSAGE));
        }
        InvitationBatch batch = request.references() != null
                ? invitations.create(campaign.get(), request.references())
                : invitations.createAnonymous(campaign.get(), request.count() == null ? 0 : request.count());
        if (batch instanceof InvitationBatch.Refused refused) {
            return HttpResponse.unprocessableEntity()
                    .body(new ApiProblem(
                            "No invitations were created",
                            refused.problems().stream()
                                    .map(p -> new ApiProblem.Detail(p.field(), "invalid", p.message()))
                                    .toList()));
        }
        List<InvitationCsv.Link> links = InvitationCsv.links((InvitationBatch.Created) batch, base.get());
        if (accept != null && accept.contains("text/csv")) {
            return HttpResponse.created(InvitationCsv.csv(links))
                    .contentType("text/csv; charset=utf-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION, InvitationCsv.fileName(slug));
        }
        return HttpResponse.created(new Created(
                links.size(),
                links.stream().map(l -> new Link(l.reference(), l.link())).toList()));
    }

    /** How many invitations exist and how many have been answered; never the links. */
    @Get
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = Counts.class)))
    HttpResponse<?> counts(String slug) {
        return campaigns
                .bySlug(slug)
                .<HttpResponse<?>>map(c -> {
                    var counts = invitations.counts(c);
                    return HttpResponse.ok(new Counts(counts.created(), counts.used()));
                })
                .orElseGet(() -> HttpResponse.notFound(ApiProblem.of("No campaign with slug '" + slug + "'")));
    }

    @Serdeable
    record InvitationRequest(@Nullable Integer count, @Nullable List<String> references) {}

    @Serdeable
    record Counts(long created, long answered) {}

    @Serdeable
    record Link(String reference, String link) {}

    @Serdeable
    record Created(int count, List<Link> invitations) {}
}
