package fi.mittari.campaign.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.FieldProblem;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.campaign.web.CampaignPages.DetailPage;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Staff pages for campaigns: the list, opening a campaign, its page with its settings and live counts (sent, in
 * progress, per day, invitations), and its edit form. Closing, reopening and invitations have controllers of their own.
 */
@Controller("/staff/campaigns")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class CampaignPagesController {

    private final Campaigns campaigns;
    private final OpeningCampaign opening;
    private final CampaignViews views;
    private final PageLocale pageLocale;

    CampaignPagesController(Campaigns campaigns, OpeningCampaign opening, CampaignViews views, PageLocale pageLocale) {
        this.campaigns = campaigns;
        this.opening = opening;
        this.views = views;
        this.pageLocale = pageLocale;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    ModelAndView<?> list() {
        return new ModelAndView<>("campaigns/list", Map.of("page", views.list()));
    }

    @Get("/new")
    ModelAndView<?> newCampaign(HttpRequest<?> request) {
        return formPage(views.form(true, "/staff/campaigns", CampaignForm.EMPTY, List.of(), locale(request)));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(HttpRequest<?> request, @Body CampaignForm form) {
        OpeningOutcome outcome = opening.open(form.request(form.slug()));
        if (outcome instanceof OpeningOutcome.Opened opened) {
            return HttpResponse.seeOther(
                    URI.create("/staff/campaigns/" + opened.campaign().slug()));
        }
        List<FieldProblem> problems = outcome instanceof OpeningOutcome.SlugTaken taken
                ? List.of(taken.problem())
                : ((OpeningOutcome.Refused) outcome).problems();
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(formPage(views.form(true, "/staff/campaigns", form, problems, locale(request))));
    }

    @Get("/{slug}")
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    HttpResponse<?> show(String slug) {
        return campaigns
                .bySlug(slug)
                .<HttpResponse<?>>map(c -> HttpResponse.ok(detailPage(views.detail(c, List.of(), NO_REOPENING))))
                .orElseGet(HttpResponse::notFound);
    }

    @Get("/{slug}/edit")
    HttpResponse<?> edit(String slug, HttpRequest<?> request) {
        return campaigns
                .bySlug(slug)
                .<HttpResponse<?>>map(c -> HttpResponse.ok(formPage(
                        views.form(false, "/staff/campaigns/" + slug, views.current(c), List.of(), locale(request)))))
                .orElseGet(HttpResponse::notFound);
    }

    @Post("/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(String slug, HttpRequest<?> request, @Body CampaignForm form) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return HttpResponse.notFound();
        }
        OpeningOutcome outcome = opening.change(slug, form.request(slug));
        if (outcome instanceof OpeningOutcome.Opened) {
            return HttpResponse.seeOther(URI.create("/staff/campaigns/" + slug));
        }
        var problems = ((OpeningOutcome.Refused) outcome).problems();
        return HttpResponse.unprocessableEntity()
                .body(formPage(views.form(
                        false, "/staff/campaigns/" + slug, withSlug(form, slug), problems, locale(request))));
    }

    static final DetailPage.Reopening NO_REOPENING = new DetailPage.Reopening("", null);

    static ModelAndView<?> detailPage(DetailPage page) {
        return new ModelAndView<>("campaigns/detail", Map.of("page", page));
    }

    private static ModelAndView<?> formPage(CampaignPages.Form form) {
        return new ModelAndView<>("campaigns/form", Map.of("page", form));
    }

    /** The edit form posts no slug (it cannot change); the page still names the campaign by it. */
    private static CampaignForm withSlug(CampaignForm form, String slug) {
        return new CampaignForm(
                slug,
                form.title(),
                form.questionnaire(),
                form.project(),
                form.event(),
                form.opensAt(),
                form.closesAt(),
                form.accessMode(),
                form.languages(),
                form.responseCap(),
                form.purpose(),
                form.thankYouFi(),
                form.thankYouSv(),
                form.thankYouEn());
    }

    private Locale locale(HttpRequest<?> request) {
        return pageLocale.of(request);
    }
}
