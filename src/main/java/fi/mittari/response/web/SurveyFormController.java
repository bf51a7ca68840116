package fi.mittari.response.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.CampaignState;
import fi.mittari.campaign.Campaigns;
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
import fi.mittari.web.UiText;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The respondent's form: server-rendered, works without JavaScript, posts back to itself. */
@Controller("/s")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Produces(MediaType.TEXT_HTML)
class SurveyFormController {

    private final Campaigns campaigns;
    private final QuestionnaireCatalog questionnaires;
    private final SubmittingResponse submitting;
    private final SurveyPages pages;
    private final UiText ui;
    private final Clock clock;

    SurveyFormController(
            Campaigns campaigns,
            QuestionnaireCatalog questionnaires,
            SubmittingResponse submitting,
            SurveyPages pages,
            UiText ui,
            Clock clock) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.submitting = submitting;
        this.pages = pages;
        this.ui = ui;
        this.clock = clock;
    }

    @Get("/{slug}")
    HttpResponse<?> show(
            String slug,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return notFound(lang, acceptLanguage);
        }
        StoredQuestionnaire questionnaire = questionnaireOf(campaign.get());
        Language language = RespondentLanguage.choose(
                questionnaire.questionnaire(), Optional.ofNullable(lang), Optional.ofNullable(acceptLanguage));
        var state = campaign.get().stateAt(clock.instant(), campaigns.completedResponses(campaign.get()));
        if (state != CampaignState.OPEN) {
            return notTakingAnswers(campaign.get(), state, language);
        }
        SurveyPage page = pages.form(
                campaign.get(),
                questionnaire.questionnaire(),
                language,
                SubmissionKeys.fresh(),
                new SubmittedAnswers(Map.of()),
                List.of());
        return HttpResponse.ok(form(page));
    }

    @Post("/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(
            String slug,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage,
            @Nullable @Body Map<String, Object> form) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return notFound(lang, acceptLanguage);
        }
        Map<String, Object> fields = form == null ? Map.of() : form;
        StoredQuestionnaire questionnaire = questionnaireOf(campaign.get());
        Language language = RespondentLanguage.choose(
                questionnaire.questionnaire(), Optional.ofNullable(lang), Optional.ofNullable(acceptLanguage));
        String submissionKey = SubmissionKeys.orFresh(single(fields.get("submission")));
        SubmittedAnswers answers = answersFrom(fields);
        SubmissionOutcome outcome =
                submitting.submit(new Submission(campaign.get(), language, submissionKey, Channel.WEB, answers));
        if (outcome instanceof SubmissionOutcome.Stored) {
            // Post/redirect/get: reloading the thank-you page cannot resubmit the form.
            return HttpResponse.seeOther(URI.create("/s/" + slug + "/thanks?lang=" + language.code()));
        }
        if (outcome instanceof SubmissionOutcome.Refused refused) {
            SurveyPage page = pages.form(
                    campaign.get(),
                    questionnaire.questionnaire(),
                    language,
                    submissionKey,
                    answers,
                    refused.problems());
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(form(page));
        }
        return notTakingAnswers(campaign.get(), ((SubmissionOutcome.CampaignClosed) outcome).state(), language);
    }

    /** Before opening, after closing and when full: a plain page that says so, with the date, not an error. */
    private HttpResponse<?> notTakingAnswers(Campaign campaign, CampaignState state, Language language) {
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.locale())
                .withZone(ZoneId.of("Europe/Helsinki"));
        if (state == CampaignState.NOT_YET_OPEN) {
            String opens = when.format(campaign.openingTime().orElseThrow());
            return message(HttpStatus.OK, language, "notopen", opens);
        }
        if (state == CampaignState.FULL) {
            return message(HttpStatus.GONE, language, "full");
        }
        return campaign.closingTime()
                .<HttpResponse<?>>map(closes -> message(HttpStatus.GONE, language, "closed.dated", when.format(closes)))
                .orElseGet(() -> message(HttpStatus.GONE, language, "closed"));
    }

    @Get("/{slug}/thanks")
    HttpResponse<?> thanks(
            String slug,
            @Nullable @QueryValue String lang,
            @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Optional<Campaign> campaign = campaigns.bySlug(slug);
        if (campaign.isEmpty()) {
            return notFound(lang, acceptLanguage);
        }
        Language language = RespondentLanguage.choose(
                questionnaireOf(campaign.get()).questionnaire(),
                Optional.ofNullable(lang),
                Optional.ofNullable(acceptLanguage));
        return campaign.get()
                .thankYou(language)
                .<HttpResponse<?>>map(text -> page(HttpStatus.OK, language, "thanks", text))
                .orElseGet(() -> message(HttpStatus.OK, language, "thanks"));
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

    private HttpResponse<?> notFound(@Nullable String lang, @Nullable String acceptLanguage) {
        Language language = RespondentLanguage.choose(
                List.of(Language.values()),
                Language.FI,
                Optional.ofNullable(lang),
                Optional.ofNullable(acceptLanguage));
        return message(HttpStatus.NOT_FOUND, language, "notfound");
    }

    private HttpResponse<?> message(HttpStatus status, Language language, String page) {
        return message(status, language, page, "");
    }

    /** {@code argument} fills the body's {0} (a date); "closed.dated" shares the title of "closed". */
    private HttpResponse<?> message(HttpStatus status, Language language, String page, String argument) {
        return page(status, language, page.replace(".dated", ""), ui.get(language.locale(), page + ".body", argument));
    }

    /** A message page with its body given: the standard text, or the campaign's own (escaped like every text). */
    private HttpResponse<?> page(HttpStatus status, Language language, String page, String body) {
        var model = new MessagePage(
                language.code(),
                ui.get(language.locale(), page + ".title"),
                body,
                ui.get(language.locale(), "skip.to.content"));
        return HttpResponse.status(status).body(new ModelAndView<>("survey/message", Map.of("page", model)));
    }

    private static ModelAndView<Map<String, Object>> form(SurveyPage page) {
        return new ModelAndView<>("survey/form", Map.of("page", page));
    }
}
