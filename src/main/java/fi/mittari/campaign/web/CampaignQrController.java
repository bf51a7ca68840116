package fi.mittari.campaign.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.security.Roles;
import fi.mittari.web.ErrorPages;
import fi.mittari.web.PublicAddress;
import fi.mittari.web.PublicAddress.LinkBase;
import fi.mittari.web.UiText;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The QR code of a public or kiosk campaign's link, as a PNG to download and on a printable A4 poster for sign-in at
 * events. An invitation campaign has no shared link, so it has neither.
 */
@Controller("/staff/campaigns/{slug}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class CampaignQrController {

    private final Campaigns campaigns;
    private final QuestionnaireCatalog questionnaires;
    private final PublicAddress address;
    private final ErrorPages errorPages;
    private final UiText ui;

    CampaignQrController(
            Campaigns campaigns,
            QuestionnaireCatalog questionnaires,
            PublicAddress address,
            ErrorPages errorPages,
            UiText ui) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.address = address;
        this.errorPages = errorPages;
        this.ui = ui;
    }

    /** A PNG, or an error page (or an API problem in JSON, the default) when there is none to give. */
    @Get(
            value = "/qr.png",
            produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML, "image/png"})
    HttpResponse<?> png(String slug, HttpRequest<?> request) {
        Optional<Campaign> campaign = sharedLinkCampaign(slug);
        if (campaign.isEmpty()) {
            return errorPages.notFound(request);
        }
        Optional<LinkBase> base = address.forLinks(request);
        if (base.isEmpty()) {
            return errorPages.noPublicAddress(request);
        }
        return HttpResponse.ok(QrCode.png(link(base.get(), campaign.get())))
                .contentType("image/png")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-qr.png\"");
    }

    @Get(
            value = "/poster",
            produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> poster(String slug, HttpRequest<?> request) {
        Optional<Campaign> campaign = sharedLinkCampaign(slug);
        if (campaign.isEmpty()) {
            return errorPages.notFound(request);
        }
        Optional<LinkBase> base = address.forLinks(request);
        if (base.isEmpty()) {
            return errorPages.noPublicAddress(request);
        }
        List<PosterPage.Text> texts = texts(campaign.get());
        var page = new PosterPage(
                slug, link(base.get(), campaign.get()), texts.get(0).language(), texts);
        return HttpResponse.ok(new ModelAndView<>("campaigns/poster", Map.of("page", page)));
    }

    private Optional<Campaign> sharedLinkCampaign(String slug) {
        return campaigns.bySlug(slug).filter(c -> c.accessMode() != AccessMode.INVITATION);
    }

    private static String link(LinkBase base, Campaign campaign) {
        return base.of("/s/" + campaign.slug());
    }

    /** In the campaign's languages (all of the questionnaire's when it names none), the questionnaire's title. */
    private List<PosterPage.Text> texts(Campaign campaign) {
        Optional<Questionnaire> questionnaire =
                questionnaires.version(campaign.questionnaireVersionId()).map(StoredQuestionnaire::questionnaire);
        List<Language> languages = campaign.offeredLanguages().isEmpty()
                ? questionnaire.map(Questionnaire::languages).orElse(List.of())
                : campaign.offeredLanguages();
        if (languages.isEmpty()) {
            languages = List.of(Language.FI);
        }
        return languages.stream()
                .map(language -> new PosterPage.Text(
                        language.code(),
                        questionnaire.flatMap(q -> q.title().get(language)).orElse(campaign.title()),
                        ui.get(language.locale(), "poster.instructions")))
                .toList();
    }
}
