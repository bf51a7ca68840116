package fi.mittari.campaign.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.InvitationBatch;
import fi.mittari.campaign.Invitations;
import fi.mittari.campaign.web.CampaignFormPosts.InvitationPost;
import fi.mittari.campaign.web.CampaignPages.Problem;
import fi.mittari.security.Roles;
import fi.mittari.web.ErrorPages;
import fi.mittari.web.PublicAddress;
import fi.mittari.web.PublicAddress.LinkBase;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import java.util.Optional;

/** Creates invitations from the campaign page and answers with their links as CSV: the only time they are shown. */
@Controller("/staff/campaigns/{slug}/invitations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class InvitationPagesController {

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final CampaignViews views;
    private final PublicAddress address;
    private final ErrorPages errorPages;

    InvitationPagesController(
            Campaigns campaigns,
            Invitations invitations,
            CampaignViews views,
            PublicAddress address,
            ErrorPages errorPages) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.views = views;
        this.address = address;
        this.errorPages = errorPages;
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, "text/csv"})
    HttpResponse<?> invite(String slug, @Body InvitationPost form, HttpRequest<?> request) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return HttpResponse.notFound();
        }
        // Checked before any invitation is made: the links are shown once, in this answer.
        Optional<LinkBase> base = address.forLinks(request);
        if (base.isEmpty()) {
            return errorPages.noPublicAddress(request);
        }
        List<String> references = form.referenceLines();
        InvitationBatch batch = references.isEmpty()
                ? invitations.createAnonymous(campaign.get(), form.anonymousCount())
                : invitations.create(campaign.get(), references);
        if (batch instanceof InvitationBatch.Refused refused) {
            var problems = refused.problems().stream().map(Problem::of).toList();
            return HttpResponse.unprocessableEntity()
                    .contentType(MediaType.TEXT_HTML_TYPE)
                    .body(CampaignPagesController.detailPage(
                            views.detail(campaign.get(), problems, CampaignPagesController.NO_REOPENING)));
        }
        String csv = InvitationCsv.csv(InvitationCsv.links((InvitationBatch.Created) batch, base.get()));
        return HttpResponse.ok(csv)
                .contentType("text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, InvitationCsv.fileName(slug));
    }
}
