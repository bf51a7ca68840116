package fi.mittari.campaign.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.CountingCampaign;
import fi.mittari.campaign.FieldProblem;
import fi.mittari.campaign.InvitationBatch;
import fi.mittari.campaign.Invitations;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.campaign.OpeningCampaign;
import fi.mittari.campaign.OpeningOutcome;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.security.Roles;
import fi.mittari.web.PublicAddress;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Staff pages for campaigns: the list, opening a campaign, its page with live counts (sent, in progress, per day,
 * invitations), changing its settings and creating invitations (downloaded at once as CSV for a mail merge).
 */
@Controller("/staff/campaigns")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class CampaignPagesController {

    private static final ZoneId FINLAND = ZoneId.of("Europe/Helsinki");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d.M.yyyy");

    private final Campaigns campaigns;
    private final OpeningCampaign opening;
    private final CountingCampaign counting;
    private final Invitations invitations;
    private final QuestionnaireCatalog questionnaires;
    private final Clock clock;
    private final PublicAddress address;

    CampaignPagesController(
            Campaigns campaigns,
            OpeningCampaign opening,
            CountingCampaign counting,
            Invitations invitations,
            QuestionnaireCatalog questionnaires,
            Clock clock,
            PublicAddress address) {
        this.campaigns = campaigns;
        this.opening = opening;
        this.counting = counting;
        this.invitations = invitations;
        this.questionnaires = questionnaires;
        this.clock = clock;
        this.address = address;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    ModelAndView<?> list() {
        var rows = campaigns.all().stream()
                .map(c -> {
                    long submitted = campaigns.completedResponses(c);
                    return new CampaignPages.ListPage.Row(
                            c.slug(),
                            c.title(),
                            questionnaireOf(c),
                            c.stateAt(clock.instant(), submitted)
                                    .name()
                                    .toLowerCase(Locale.ROOT)
                                    .replace('_', ' '),
                            c.accessMode().name().toLowerCase(Locale.ROOT),
                            submitted);
                })
                .toList();
        return new ModelAndView<>("campaigns/list", Map.of("page", new CampaignPages.ListPage(rows)));
    }

    @Get("/new")
    ModelAndView<?> newCampaign() {
        return formPage(emptyForm(), HttpStatus.OK).body();
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> open(@Nullable @Body Map<String, Object> form) {
        Map<String, Object> fields = form == null ? Map.of() : form;
        OpeningOutcome outcome = opening.open(request(fields, text(fields, "slug")));
        if (outcome instanceof OpeningOutcome.Opened opened) {
            return HttpResponse.seeOther(
                    URI.create("/staff/campaigns/" + opened.campaign().slug()));
        }
        List<FieldProblem> problems = outcome instanceof OpeningOutcome.SlugTaken taken
                ? List.of(taken.problem())
                : ((OpeningOutcome.Refused) outcome).problems();
        return formPage(typed(fields, true, "/staff/campaigns", problems), HttpStatus.UNPROCESSABLE_ENTITY);
    }

    @Get("/{slug}")
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    HttpResponse<?> show(String slug) {
        return campaigns
                .bySlug(slug)
                .<HttpResponse<?>>map(c -> HttpResponse.ok(detail(c, current(c), "")))
                .orElseGet(HttpResponse::notFound);
    }

    @Post("/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> change(String slug, @Nullable @Body Map<String, Object> form) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> fields = form == null ? Map.of() : form;
        OpeningOutcome outcome = opening.change(slug, request(fields, slug));
        if (outcome instanceof OpeningOutcome.Opened) {
            return HttpResponse.seeOther(URI.create("/staff/campaigns/" + slug));
        }
        var problems = ((OpeningOutcome.Refused) outcome).problems();
        return HttpResponse.unprocessableEntity()
                .body(detail(campaign.get(), typed(fields, false, "/staff/campaigns/" + slug, problems), ""));
    }

    /** Creates invitations and answers with their links as a CSV file: the only time the links are shown. */
    @Post("/{slug}/invitations")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces({MediaType.TEXT_HTML, "text/csv"})
    HttpResponse<?> invite(String slug, @Nullable @Body Map<String, Object> form) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return HttpResponse.notFound();
        }
        Map<String, Object> fields = form == null ? Map.of() : form;
        List<String> references = Arrays.stream(text(fields, "references").split("\\R"))
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .toList();
        InvitationBatch batch = references.isEmpty()
                ? invitations.createAnonymous(campaign.get(), parseCount(text(fields, "count")))
                : invitations.create(campaign.get(), references);
        if (batch instanceof InvitationBatch.Refused refused) {
            String why = refused.problems().stream()
                    .map(p -> p.field() + ": " + p.message())
                    .collect(Collectors.joining("; "));
            return HttpResponse.unprocessableEntity()
                    .body(detail(campaign.get(), current(campaign.get()), "No invitations were created: " + why));
        }
        String csv = InvitationCsv.csv(InvitationCsv.links((InvitationBatch.Created) batch, address));
        return HttpResponse.ok(csv)
                .contentType("text/csv; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, InvitationCsv.fileName(slug));
    }

    private ModelAndView<?> detail(Campaign campaign, CampaignPages.Form form, String invitationError) {
        var counts = counting.counts(campaign);
        LocalDate today = clock.instant().atZone(FINLAND).toLocalDate();
        List<CampaignPages.DetailPage.Day> days = new ArrayList<>();
        for (int i = 0; i < CountingCampaign.DAYS; i++) {
            LocalDate day = today.minusDays(i);
            days.add(new CampaignPages.DetailPage.Day(
                    DAY.format(day), counts.submittedByDay().getOrDefault(day, 0L)));
        }
        var page = new CampaignPages.DetailPage(
                campaign.slug(),
                campaign.title(),
                questionnaireOf(campaign),
                campaign.accessMode() == AccessMode.INVITATION ? "" : "/s/" + campaign.slug(),
                campaign.stateAt(clock.instant(), counts.submitted())
                        .name()
                        .toLowerCase(Locale.ROOT)
                        .replace('_', ' '),
                counts.submitted(),
                counts.inProgress(),
                counts.invited(),
                counts.invitationsAnswered(),
                days,
                campaign.accessMode() == AccessMode.INVITATION,
                invitationError,
                form);
        return new ModelAndView<>("campaigns/detail", Map.of("page", page));
    }

    private HttpResponse<ModelAndView<?>> formPage(CampaignPages.Form form, HttpStatus status) {
        return HttpResponse.<ModelAndView<?>>status(status)
                .body(new ModelAndView<>("campaigns/form", Map.of("page", form)));
    }

    private CampaignPages.Form current(Campaign c) {
        return new CampaignPages.Form(
                false,
                "/staff/campaigns/" + c.slug(),
                c.slug(),
                c.title(),
                questionnaireOf(c),
                List.of(),
                c.openingTime()
                        .map(t -> t.atZone(FINLAND).toLocalDate().toString())
                        .orElse(""),
                c.closingTime()
                        .map(t -> t.atZone(FINLAND).toLocalDate().minusDays(1).toString())
                        .orElse(""),
                c.accessMode().name().toLowerCase(Locale.ROOT),
                c.offeredLanguages().stream().map(Language::code).collect(Collectors.joining(", ")),
                c.responseCap() == null ? "" : c.responseCap().toString(),
                c.eventCode() == null ? "" : c.eventCode(),
                c.purpose().name().toLowerCase(Locale.ROOT),
                c.thankYou(Language.FI).orElse(""),
                c.thankYou(Language.SV).orElse(""),
                c.thankYou(Language.EN).orElse(""),
                List.of());
    }

    private CampaignPages.Form emptyForm() {
        return typed(Map.of("accessMode", "public", "purpose", "survey"), true, "/staff/campaigns", List.of());
    }

    private CampaignPages.Form typed(
            Map<String, Object> fields, boolean isNew, String action, List<FieldProblem> problems) {
        return new CampaignPages.Form(
                isNew,
                action,
                text(fields, "slug"),
                text(fields, "title"),
                text(fields, "questionnaire"),
                questionnaires.latestVersions().stream()
                        .map(StoredQuestionnaire::key)
                        .toList(),
                text(fields, "opensAt"),
                text(fields, "closesAt"),
                text(fields, "accessMode").isEmpty() ? "public" : text(fields, "accessMode"),
                text(fields, "languages"),
                text(fields, "responseCap"),
                text(fields, "event"),
                text(fields, "purpose").isEmpty() ? "survey" : text(fields, "purpose"),
                text(fields, "thankYouFi"),
                text(fields, "thankYouSv"),
                text(fields, "thankYouEn"),
                problems.stream()
                        .map(p -> new CampaignPages.Form.FieldError(p.field(), p.message()))
                        .toList());
    }

    /** The form's fields as the request the API would make; empty fields are absent. */
    private static OpenCampaign request(Map<String, Object> fields, String slug) {
        Map<String, String> thankYou = new HashMap<>();
        thankYou.put("fi", text(fields, "thankYouFi"));
        thankYou.put("sv", text(fields, "thankYouSv"));
        thankYou.put("en", text(fields, "thankYouEn"));
        List<String> languages = Arrays.stream(text(fields, "languages").split("[,\\s]+"))
                .filter(l -> !l.isBlank())
                .toList();
        return new OpenCampaign(
                slug,
                text(fields, "questionnaire"),
                text(fields, "title"),
                optional(fields, "closesAt"),
                Optional.empty(),
                new OpenCampaign.Settings(
                        optional(fields, "opensAt"),
                        optional(fields, "accessMode"),
                        languages,
                        optional(fields, "responseCap"),
                        optional(fields, "event"),
                        thankYou,
                        optional(fields, "purpose")));
    }

    private static int parseCount(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private String questionnaireOf(Campaign campaign) {
        return questionnaires
                .version(campaign.questionnaireVersionId())
                .map(q -> q.key() + " v" + q.versionNumber())
                .orElse("?");
    }

    private static Optional<String> optional(Map<String, Object> fields, String name) {
        String value = text(fields, name);
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    private static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value instanceof Iterable<?> many) {
            var it = many.iterator();
            value = it.hasNext() ? it.next() : null;
        }
        return value == null ? "" : String.valueOf(value).strip();
    }
}
