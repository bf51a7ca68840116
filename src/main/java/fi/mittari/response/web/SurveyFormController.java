package fi.mittari.response.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Invitations;
import fi.mittari.campaign.RespondentCampaigns;
import fi.mittari.questionnaire.Language;
import fi.mittari.response.RespondentLanguage;
import fi.mittari.response.SavingProgress;
import fi.mittari.response.SentResponses;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmittedAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The respondent's form: server-rendered, works without JavaScript, one page at a time (see {@link SurveyFlow}). A
 * campaign is answered at its public link /s/{slug} (continued at /r/{key} once a page is sent), or — for invitation
 * campaigns — at a personal link /i/{token}, which also resumes.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class SurveyFormController {

    private final RespondentCampaigns campaigns;
    private final Invitations invitations;
    private final SurveyFlow flow;
    private final SurveyMessages messages;
    private final SavingProgress progress;
    private final SentResponses sent;

    SurveyFormController(
            RespondentCampaigns campaigns,
            Invitations invitations,
            SurveyFlow flow,
            SurveyMessages messages,
            SavingProgress progress,
            SentResponses sent) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.flow = flow;
        this.messages = messages;
        this.progress = progress;
        this.sent = sent;
    }

    @Get("/s/{slug}")
    HttpResponse<?> show(
            String slug,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return publicEntry(slug)
                .<HttpResponse<?>>map(entry -> flow.show(entry, lang, acceptLanguage))
                .orElseGet(() -> messages.notFound(lang, acceptLanguage));
    }

    @Post("/s/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(
            String slug,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Nullable @Body Map<String, Object> form) {
        return publicEntry(slug)
                .<HttpResponse<?>>map(entry -> flow.advance(entry, lang, acceptLanguage, fields(form)))
                .orElseGet(() -> messages.notFound(lang, acceptLanguage));
    }

    /** A personal invitation link; unknown, malformed and guessed tokens all get the same "not found" page. */
    @Get("/i/{token}")
    HttpResponse<?> showInvited(
            String token,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return invited(token)
                .<HttpResponse<?>>map(entry -> flow.show(entry, lang, acceptLanguage))
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
                .<HttpResponse<?>>map(entry -> flow.advance(entry, lang, acceptLanguage, fields(form)))
                .orElseGet(() -> messages.notFound(lang, acceptLanguage));
    }

    /** A response in progress on a public link, resumed by its key; a sent or unknown key finds nothing. */
    @Get("/r/{key}")
    HttpResponse<?> showResumed(
            String key,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        return resumed(key)
                .<HttpResponse<?>>map(entry -> flow.show(entry, lang, acceptLanguage))
                .orElseGet(() -> sentOrNotFound(key, lang, acceptLanguage));
    }

    @Post("/r/{key}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submitResumed(
            String key,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Nullable @Body Map<String, Object> form) {
        return resumed(key)
                .<HttpResponse<?>>map(entry -> flow.advance(entry, lang, acceptLanguage, fields(form)))
                .orElseGet(() -> sentOrNotFound(key, lang, acceptLanguage));
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
        Language language = RespondentLanguage.choose(
                flow.questionnaire(campaign.get()), Optional.ofNullable(lang), Optional.ofNullable(acceptLanguage));
        return messages.thanks(campaign.get(), language);
    }

    /**
     * A key whose response was sent: the browser's Back after sending (or an old resume link) says the answers were
     * sent, thank you, in the language asked for or else the one answered in; any other key is not found.
     */
    private HttpResponse<?> sentOrNotFound(String key, @Nullable String lang, @Nullable String acceptLanguage) {
        return sent.byFormKey(key)
                .flatMap(response -> campaigns.byId(response.campaignId()).<HttpResponse<?>>map(campaign -> {
                    var questionnaire = flow.questionnaire(campaign);
                    Language language = lang == null
                            ? response.language()
                            : RespondentLanguage.choose(questionnaire, Optional.of(lang), Optional.empty());
                    return messages.thanks(campaign, language);
                }))
                .orElseGet(() -> messages.notFound(lang, acceptLanguage));
    }

    private Optional<SurveyFlow.Entry> publicEntry(String slug) {
        return campaigns
                .bySlug(slug)
                .map(campaign -> new SurveyFlow.Entry(campaign, Optional.empty(), Optional.empty(), "/s/" + slug));
    }

    private Optional<SurveyFlow.Entry> invited(String token) {
        return invitations.byToken(token).flatMap(invitation -> campaigns
                .byId(invitation.campaignId())
                .map(campaign ->
                        new SurveyFlow.Entry(campaign, Optional.of(invitation), Optional.empty(), "/i/" + token)));
    }

    private Optional<SurveyFlow.Entry> resumed(String key) {
        if (!SubmissionKeys.wellFormed(key)) {
            return Optional.empty();
        }
        return progress.find(Optional.empty(), key).flatMap(saved -> campaigns
                .byId(saved.campaignId())
                .map(campaign -> new SurveyFlow.Entry(campaign, Optional.empty(), Optional.of(key), "/r/" + key)));
    }

    private static Map<String, Object> fields(@Nullable Map<String, Object> form) {
        return form == null ? Map.of() : form;
    }

    static SubmittedAnswers answersFrom(Map<String, Object> fields) {
        return answersFrom(fields, SurveyPages.FIELD_PREFIX);
    }

    /** The answers among the form's fields whose names start with {@code prefix}, by question key. */
    static SubmittedAnswers answersFrom(Map<String, Object> fields, String prefix) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                answers.put(name.substring(prefix.length()), values(value));
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
}
