package fi.mittari.report.web;

import fi.mittari.campaign.Campaigns;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;

/** The page a staff member lands on after logging in: open campaigns and the latest reports they may see. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffHomeController {

    private final Campaigns campaigns;
    private final VisibleReports reports;

    StaffHomeController(Campaigns campaigns, VisibleReports reports) {
        this.campaigns = campaigns;
        this.reports = reports;
    }

    @Get("/staff")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> home(Authentication authentication) {
        var campaignLinks = campaigns.all().stream()
                .map(c -> new StaffHome.CampaignLink(c.title(), "/s/" + c.slug()))
                .toList();
        var reportLinks = reports.list(authentication).stream()
                .limit(20)
                .map(r -> new StaffHome.ReportLink(
                        r.title() + " (" + r.fileName() + ")", "/staff/reports/" + r.id() + "/file"))
                .toList();
        var page = new StaffHome(authentication.getName(), campaignLinks, reportLinks);
        return HttpResponse.ok(new ModelAndView<>("staff/home", Map.of("page", page)));
    }

    @Get
    HttpResponse<?> root() {
        return HttpResponse.seeOther(java.net.URI.create("/staff"));
    }

    public record StaffHome(String username, List<CampaignLink> campaigns, List<ReportLink> reports) {
        public record CampaignLink(String title, String href) {}

        public record ReportLink(String title, String href) {}
    }
}
