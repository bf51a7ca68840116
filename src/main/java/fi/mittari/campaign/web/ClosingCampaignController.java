package fi.mittari.campaign.web;

import fi.mittari.campaign.ClosingCampaign;
import fi.mittari.campaign.web.CampaignFormPosts.ReopenPost;
import fi.mittari.campaign.web.CampaignPages.DetailPage;
import fi.mittari.campaign.web.CampaignPages.Problem;
import fi.mittari.security.Roles;
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
import java.net.URI;
import java.util.List;

/** The campaign page's close and reopen buttons: each a POST that redirects back to the campaign. */
@Controller("/staff/campaigns/{slug}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class ClosingCampaignController {

    private final ClosingCampaign closing;
    private final CampaignViews views;

    ClosingCampaignController(ClosingCampaign closing, CampaignViews views) {
        this.closing = closing;
        this.views = views;
    }

    @Post("/close")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> close(String slug) {
        return answer(closing.close(slug), "");
    }

    @Post("/reopen")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> reopen(String slug, @Body ReopenPost form) {
        return answer(closing.reopen(slug, form.lastDay()), form.closesAt());
    }

    private HttpResponse<?> answer(ClosingCampaign.Outcome outcome, String lastDay) {
        if (outcome instanceof ClosingCampaign.Outcome.Changed changed) {
            return HttpResponse.seeOther(
                    URI.create("/staff/campaigns/" + changed.campaign().slug()));
        }
        if (outcome instanceof ClosingCampaign.Outcome.Refused refused) {
            var reopening = new DetailPage.Reopening(lastDay, Problem.of(refused.problem()));
            return HttpResponse.unprocessableEntity()
                    .body(CampaignPagesController.detailPage(views.detail(refused.campaign(), List.of(), reopening)));
        }
        return HttpResponse.notFound();
    }
}
