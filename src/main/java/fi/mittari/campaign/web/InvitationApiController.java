package fi.mittari.campaign.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.InvitationBatch;
import fi.mittari.campaign.Invitations;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiProblem;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
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
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Personal invitations of a campaign. The links are in the answer to the request that creates them and nowhere else
 * (only their hashes are stored): as CSV for a mail merge with {@code Accept: text/csv}, else as JSON.
 */
@Controller("/api/campaigns/{slug}/invitations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class InvitationApiController {

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final String publicUrl;

    InvitationApiController(
            Campaigns campaigns, Invitations invitations, @Value("${mittari.public-url}") String publicUrl) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** {@code count} anonymous invitations, or one per entry of {@code references} (the organisation's own codes). */
    @Post
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    HttpResponse<?> create(
            String slug, @Body InvitationRequest request, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of("No campaign with slug '" + slug + "'"));
        }
        List<String> references = request.references() != null
                ? request.references()
                : Collections.nCopies(
                        Math.max(
                                0,
                                Math.min(request.count() == null ? 0 : request.count(), Invitations.MOST_AT_ONCE + 1)),
                        "");
        InvitationBatch batch = invitations.create(campaign.get(), references);
        if (batch instanceof InvitationBatch.Refused refused) {
            return HttpResponse.unprocessableEntity()
                    .body(new ApiProblem(
                            "No invitations were created",
                            refused.problems().stream()
                                    .map(p -> new ApiProblem.Detail(p.field(), "invalid", p.message()))
                                    .toList()));
        }
        List<Link> links = ((InvitationBatch.Created) batch)
                .invitations().stream()
                        .map(issued -> new Link(issued.reference(), publicUrl + "/i/" + issued.token()))
                        .toList();
        if (accept != null && accept.contains("text/csv")) {
            String csv = "reference,link\r\n"
                    + links.stream()
                            .map(link -> link.reference() + "," + link.link() + "\r\n")
                            .collect(Collectors.joining());
            return HttpResponse.created(csv)
                    .contentType("text/csv; charset=utf-8")
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-invitations.csv\"");
        }
        return HttpResponse.created(new Created(links.size(), links));
    }

    /** How many invitations exist and how many have been answered; never the links. */
    @Get
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
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
