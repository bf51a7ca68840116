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
import java.util.function.BiFunction;

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

    /** A PNG, or an error page or API problem when there is none to give. */
    @Get(
            value = "/qr.png",
            produces = {"image/png", MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> png(String slug, HttpRequest<?> request) {
        return withLink(slug, request, (campaign, link) -> HttpResponse.ok(QrCode.png(link))
                .contentType("image/png")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + slug + "-qr.png\""));
    }

    @Get(
            value = "/poster",
            produces = {MediaType.TEXT_HTML, MediaType.APPLICATION_JSON})
    HttpResponse<?> poster(String slug, HttpRequest<?> request) {
        return withLink(slug, request, (campaign, link) -> {
            List<PosterPage.Text> texts = texts(campaign);
            var page = new PosterPage(slug, link, texts.get(0).language(), texts);
            return HttpResponse.ok(new ModelAndView<>("campaigns/poster", Map.of("page", page)));
        });
    }

    /**
     * {@code answer} for the public or kiosk campaign and its absolute link; not found for an invitation campaign,
     * and the page saying what to set when Mittari does not know its public address.
     */
    private HttpResponse<?> withLink(
            String slug, HttpRequest<?> request, BiFunction<Campaign, String, HttpResponse<?>> answer) {
        Optional<Campaign> campaign = campaigns.bySlug(slug).filter(c -> c.accessMode() != AccessMode.INVITATION);
        if (campaign.isEmpty()) {
            return errorPages.notFound(request);
        }
        Optional<LinkBase> base = address.forLinks(request);
        if (base.isEmpty()) {
            return errorPages.noPublicAddress(request);
        }
        return answer.apply(campaign.get(), base.get().of("/s/" + campaign.get().slug()));
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
