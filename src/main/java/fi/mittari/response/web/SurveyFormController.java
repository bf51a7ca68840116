package fi.mittari.response.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.CampaignState;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.Invitation;
import fi.mittari.campaign.Invitations;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.response.Channel;
import fi.mittari.response.RespondentLanguage;
import fi.mittari.response.Submission;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmissionOutcome;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.response.SubmittingResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The respondent's form: server-rendered, works without JavaScript, posts back to itself. A campaign is answered at
 * its public link /s/{slug}, or — for invitation campaigns — at a personal link /i/{token}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class SurveyFormController {

    private final Campaigns campaigns;
    private final Invitations invitations;
    private final QuestionnaireCatalog questionnaires;
    private final SubmittingResponse submitting;
    private final SurveyPages pages;
    private final SurveyMessages messages;
    private final Clock clock;

    SurveyFormController(
            Campaigns campaigns,
            Invitations invitations,
            QuestionnaireCatalog questionnaires,
            SubmittingResponse submitting,
            SurveyPages pages,
            SurveyMessages messages,
            Clock clock) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.questionnaires = questionnaires;
        this.submitting = submitting;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
    }

    @Get("/s/{slug}")
    HttpResponse<?> show(
            String slug,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return campaigns
                .bySlug(slug)
                .<HttpResponse<?>>map(
                        campaign -> show(new Entry(campaign, Optional.empty(), "/s/" + slug), lang, acceptLanguage))
                .orElseGet(() -> messages.notFound(lang, acceptLanguage));
    }

    @Post("/s/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(
            String slug,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Nullable @Body Map<String, Object> form) {
        return campaigns
                .bySlug(slug)
                .<HttpResponse<?>>map(campaign ->
                        submit(new Entry(campaign, Optional.empty(), "/s/" + slug), lang, acceptLanguage, form))
                .orElseGet(() -> messages.notFound(lang, acceptLanguage));
    }

    /** A personal invitation link; unknown, malformed and guessed tokens all get the same "not found" page. */
    @Get("/i/{token}")
    HttpResponse<?> showInvited(
            String token,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return invited(token)
                .<HttpResponse<?>>map(entry -> show(entry, lang, acceptLanguage))
                .orElseGet(() -> messages.notFound(lang, acceptLanguage));
    }

    @Post("/i/{token}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submitInvited(
            String token,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Nullable @Body Map<String, Object> form) {
        return invited(token)
                .<HttpResponse<?>>map(entry -> submit(entry, lang, acceptLanguage, form))
                .orElseGet(() -> messages.notFound(lang, acceptLanguage));
    }

    @Get("/s/{slug}/thanks")
    HttpResponse<?> thanks(
            String slug,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return messages.notFound(lang, acceptLanguage);
        }
        return messages.thanks(campaign.get(), language(campaign.get(), lang, acceptLanguage));
    }

    /** Where a respondent came in: the campaign, the invitation if any, and the address the form posts to. */
    private record Entry(Campaign campaign, Optional<Invitation> invitation, String base) {}

    private Optional<Entry> invited(String token) {
        return invitations.byToken(token).flatMap(invitation -> campaigns
                .byId(invitation.campaignId())
                .map(campaign -> new Entry(campaign, Optional.of(invitation), "/i/" + token)));
    }

    private HttpResponse<?> show(Entry entry, @Nullable String lang, @Nullable String acceptLanguage) {
        Campaign campaign = entry.campaign();
        Language language = language(campaign, lang, acceptLanguage);
        Optional<HttpResponse<?>> refusal = refusal(entry, language);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        SurveyPage page = pages.form(
                entry.base(),
                questionnaireOf(campaign).questionnaire(),
                language,
                SubmissionKeys.fresh(),
                new SubmittedAnswers(Map.of()),
                List.of());
        return HttpResponse.ok(form(page));
    }

    private HttpResponse<?> submit(
            Entry entry, @Nullable String lang, @Nullable String acceptLanguage, @Nullable Map<String, Object> form) {
        Campaign campaign = entry.campaign();
        Map<String, Object> fields = form == null ? Map.of() : form;
        Language language = language(campaign, lang, acceptLanguage);
        String submissionKey = SubmissionKeys.orFresh(single(fields.get("submission")));
        SubmittedAnswers answers = answersFrom(fields);
        SubmissionOutcome outcome = submitting.submit(
                new Submission(campaign, language, submissionKey, Channel.WEB, answers, entry.invitation()));
        if (outcome instanceof SubmissionOutcome.Stored) {
            // Post/redirect/get: reloading the thank-you page cannot resubmit the form.
            return HttpResponse.seeOther(URI.create("/s/" + campaign.slug() + "/thanks?lang=" + language.code()));
        }
        if (outcome instanceof SubmissionOutcome.Refused refused) {
            SurveyPage page = pages.form(
                    entry.base(),
                    questionnaireOf(campaign).questionnaire(),
                    language,
                    submissionKey,
                    answers,
                    refused.problems());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(page));
        }
        if (outcome instanceof SubmissionOutcome.InvitationUsed) {
            return messages.message(HttpStatus.OK, language, "answered");
        }
        if (outcome instanceof SubmissionOutcome.InvitationRequired) {
            return messages.message(HttpStatus.FORBIDDEN, language, "invitationonly");
        }
        return messages.notTakingAnswers(campaign, ((SubmissionOutcome.CampaignClosed) outcome).state(), language);
    }

    /** Why this entry shows no form, if it shows none. */
    private Optional<HttpResponse<?>> refusal(Entry entry, Language language) {
        Campaign campaign = entry.campaign();
        if (entry.invitation().map(Invitation::used).orElse(false)) {
            return Optional.of(messages.message(HttpStatus.OK, language, "answered"));
        }
        if (campaign.accessMode() == AccessMode.INVITATION && entry.invitation().isEmpty()) {
            return Optional.of(messages.message(HttpStatus.FORBIDDEN, language, "invitationonly"));
        }
        CampaignState state = campaign.stateAt(clock.instant(), campaigns.completedResponses(campaign));
        return state == CampaignState.OPEN
                ? Optional.empty()
                : Optional.of(messages.notTakingAnswers(campaign, state, language));
    }

    private Language language(Campaign campaign, @Nullable String lang, @Nullable String acceptLanguage) {
        return RespondentLanguage.choose(
                questionnaireOf(campaign).questionnaire(),
                Optional.ofNullable(lang),
                Optional.ofNullable(acceptLanguage));
    }

    static SubmittedAnswers answersFrom(Map<String, Object> fields) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(SurveyPages.FIELD_PREFIX)) {
                answers.put(name.substring(SurveyPages.FIELD_PREFIX.length()), values(value));
            }
        });
        return new SubmittedAnswers(answers);
    }

    private static List<String> values(Object value) {
        if (value instanceof Iterable<?> many) {
            List<String> all = new java.util.ArrayList<>();
            many.forEach(v -> all.add(String.valueOf(v)));
            return all;
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }

    private static Optional<String> single(Object value) {
        List<String> all = values(value);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    private StoredQuestionnaire questionnaireOf(Campaign campaign) {
        return questionnaires
                .version(campaign.questionnaireVersionId())
                .orElseThrow(() -> new IllegalStateException("campaign without its questionnaire version"));
    }

    private static ModelAndView<Map<String, Object>> form(SurveyPage page) {
        return new ModelAndView<>("survey/form", Map.of("page", page));
    }
}
