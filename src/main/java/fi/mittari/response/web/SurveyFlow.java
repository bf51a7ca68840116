package fi.mittari.response.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.CampaignState;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.Invitation;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.response.AnswerProblem;
import fi.mittari.response.Channel;
import fi.mittari.response.PageFlow;
import fi.mittari.response.PageTurn;
import fi.mittari.response.RespondentLanguage;
import fi.mittari.response.SavingProgress;
import fi.mittari.response.Submission;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmissionOutcome;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.response.SubmittingResponse;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A respondent's way through a campaign's form, one page at a time: every page sent is saved (so Back, leaving and
 * coming back lose nothing), checked on the server, and followed by the next page its conditions show; the last page
 * sends the response. Each saved step redirects to the respondent's own address (post/redirect/get), so reloading
 * never sends anything twice.
 */
@Singleton
class SurveyFlow {

    private final Campaigns campaigns;
    private final QuestionnaireCatalog questionnaires;
    private final SubmittingResponse submitting;
    private final SavingProgress progress;
    private final SurveyPages pages;
    private final SurveyMessages messages;
    private final Clock clock;
    private final ZoneId zone;

    SurveyFlow(
            Campaigns campaigns,
            QuestionnaireCatalog questionnaires,
            SubmittingResponse submitting,
            SavingProgress progress,
            SurveyPages pages,
            SurveyMessages messages,
            Clock clock,
            ZoneId zone) {
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
        this.submitting = submitting;
        this.progress = progress;
        this.pages = pages;
        this.messages = messages;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * Where a respondent came in: the campaign, the invitation if any, the submission key when resuming by link, and
     * the address the form posts to.
     */
    record Entry(Campaign campaign, Optional<Invitation> invitation, Optional<String> resumeKey, String base) {}

    /** Shows the page the respondent is on: the first for a new response, else where they left off. */
    HttpResponse<?> show(Entry entry, @Nullable String lang, @Nullable String acceptLanguage) {
        Questionnaire questionnaire = questionnaire(entry.campaign());
        String key = entry.resumeKey().orElseGet(SubmissionKeys::fresh);
        var saved = progress.find(entry.invitation(), key);
        Language language = language(questionnaire, lang, acceptLanguage, saved.map(SavingProgress.Progress::language));
        Optional<HttpResponse<?>> refusal = refusal(entry, language);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        SubmittedAnswers answers = saved.map(SavingProgress.Progress::answers).orElse(new SubmittedAnswers(Map.of()));
        var at = flow().at(
                        questionnaire,
                        answers,
                        saved.map(SavingProgress.Progress::pageKey).orElse(""));
        return render(entry, questionnaire, language, key, answers, at, List.of(), HttpStatus.OK);
    }

    /**
     * A page sent: {@code action} is next, back, later or send (a Next on the last page sends too); a {@code language}
     * field (the language switch, a button of the form) saves the page as it is and shows it in that language.
     */
    HttpResponse<?> advance(
            Entry entry, @Nullable String lang, @Nullable String acceptLanguage, Map<String, Object> fields) {
        Campaign campaign = entry.campaign();
        Questionnaire questionnaire = questionnaire(campaign);
        String key = entry.resumeKey().orElseGet(() -> SubmissionKeys.orFresh(field(fields, "submission")));
        var saved = progress.find(entry.invitation(), key);
        Language language = language(questionnaire, lang, acceptLanguage, saved.map(SavingProgress.Progress::language));
        Optional<HttpResponse<?>> refusal = refusal(entry, language);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        SubmittedAnswers sofar = saved.map(SavingProgress.Progress::answers).orElse(new SubmittedAnswers(Map.of()));
        // Answers to a page that is not shown are merged like any, and dropped when the response is checked.
        Page sent = field(fields, "page")
                .flatMap(questionnaire::page)
                .orElse(questionnaire.pages().get(0));
        SubmittedAnswers answers = PageFlow.merge(questionnaire, sent, sofar, SurveyFormController.answersFrom(fields));
        if (!progress.fits(questionnaire, answers)) {
            return messages.message(HttpStatus.REQUEST_ENTITY_TOO_LARGE, language, "toolarge");
        }
        PageFlow.Position at = flow().at(questionnaire, answers, sent.key());
        PageTurn asked = PageTurn.of(
                questionnaire,
                at,
                field(fields, "action").orElse("next"),
                field(fields, "language"),
                campaign.accessMode() != AccessMode.KIOSK);
        // Every turn but a send keeps the answers so far, on the page the respondent is to see next.
        return asked.handle(new PageTurn.Handler<HttpResponse<?>>() {
            @Override
            public HttpResponse<?> switchLanguage(PageTurn.SwitchLanguage turn) {
                return savedAndShown(turn.language(), turn.page());
            }

            @Override
            public HttpResponse<?> back(PageTurn.Back turn) {
                return savedAndShown(language, turn.page());
            }

            @Override
            public HttpResponse<?> later(PageTurn.Later turn) {
                save(entry, key, language, turn.page(), answers);
                return messages.resumeLater(language, entry.invitation().isPresent() ? "" : "/r/" + key);
            }

            @Override
            public HttpResponse<?> fix(PageTurn.Fix turn) {
                save(entry, key, language, turn.at().page(), answers);
                return render(
                        entry,
                        questionnaire,
                        language,
                        key,
                        answers,
                        turn.at(),
                        turn.at().problems(),
                        HttpStatus.UNPROCESSABLE_ENTITY);
            }

            @Override
            public HttpResponse<?> next(PageTurn.Next turn) {
                return savedAndShown(language, turn.page());
            }

            @Override
            public HttpResponse<?> send(PageTurn.Send turn) {
                return SurveyFlow.this.send(
                        entry, questionnaire, key, language, answers, saved.map(SavingProgress.Progress::startedAt));
            }

            /** Saved on {@code page}, then that page shown in {@code shownIn} at the respondent's own address. */
            private HttpResponse<?> savedAndShown(Language shownIn, Page page) {
                save(entry, key, shownIn, page, answers);
                return backToSelf(entry, key, shownIn);
            }
        });
    }

    private HttpResponse<?> send(
            Entry entry,
            Questionnaire questionnaire,
            String key,
            Language language,
            SubmittedAnswers answers,
            Optional<java.time.Instant> startedAt) {
        Campaign campaign = entry.campaign();
        SubmissionOutcome outcome = submitting.submit(new Submission(
                campaign,
                language,
                key,
                entry.campaign().accessMode() == AccessMode.KIOSK ? Channel.KIOSK : Channel.WEB,
                answers,
                entry.invitation(),
                startedAt));
        if (outcome instanceof SubmissionOutcome.Stored) {
            progress.discard(entry.invitation(), key);
            return HttpResponse.seeOther(URI.create("/s/" + campaign.slug() + "/thanks?lang=" + language.code()));
        }
        if (outcome instanceof SubmissionOutcome.Refused refused) {
            // An earlier page no longer holds (say, it was answered in another tab): show the first page at fault.
            PageFlow flow = flow();
            var shown = flow.at(questionnaire, answers, "").shown();
            Page atFault = PageFlow.firstAtFault(shown, refused.problems()).orElse(shown.get(0));
            save(entry, key, language, atFault, answers);
            return render(
                    entry,
                    questionnaire,
                    language,
                    key,
                    answers,
                    flow.at(questionnaire, answers, atFault.key()),
                    refused.problems(),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (outcome instanceof SubmissionOutcome.InvitationUsed) {
            return messages.message(HttpStatus.OK, language, "answered");
        }
        if (outcome instanceof SubmissionOutcome.InvitationRequired) {
            return messages.message(HttpStatus.FORBIDDEN, language, "invitationonly");
        }
        return messages.notTakingAnswers(campaign, ((SubmissionOutcome.CampaignClosed) outcome).state(), language);
    }

    private void save(Entry entry, String key, Language language, Page page, SubmittedAnswers answers) {
        progress.save(
                entry.campaign(),
                questionnaire(entry.campaign()),
                entry.invitation(),
                key,
                language,
                page.key(),
                answers);
    }

    /** The respondent's own address: the invitation link, or the resume link of the submission key. */
    private static HttpResponse<?> backToSelf(Entry entry, String key, Language language) {
        String self = entry.invitation().isPresent() ? entry.base() : "/r/" + key;
        return HttpResponse.seeOther(URI.create(self + "?lang=" + language.code()));
    }

    private HttpResponse<?> render(
            Entry entry,
            Questionnaire questionnaire,
            Language language,
            String key,
            SubmittedAnswers answers,
            PageFlow.Position at,
            List<AnswerProblem> problems,
            HttpStatus status) {
        boolean kiosk = entry.campaign().accessMode() == AccessMode.KIOSK;
        var step = new SurveyPages.Step(
                at.page().key(),
                at.number(),
                at.shown().size(),
                at.first(),
                at.lastWhateverTheAnswers(),
                !kiosk,
                kiosk);
        SurveyPage view = pages.page(
                entry.base(),
                questionnaire,
                language,
                key,
                answers,
                problems,
                at.page(),
                step,
                at.hidden(),
                at.accepted());
        MutableHttpResponse<?> response = HttpResponse.status(status)
                .body(new ModelAndView<>(
                        "survey/form",
                        Map.of(
                                "page",
                                view,
                                RespondentFooter.CAMPAIGN,
                                entry.campaign().slug())));
        // Answers never linger in a browser's cache: on a shared tablet the next person must not find them.
        return response.header("Cache-Control", "no-store");
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
        CampaignState state = campaign.stateAt(clock.instant(), campaigns.completedTowardsCap(campaign));
        return state == CampaignState.OPEN
                ? Optional.empty()
                : Optional.of(messages.notTakingAnswers(campaign, state, language));
    }

    private PageFlow flow() {
        // The application's zone decides what today() means in conditions, as on the form the respondent sees.
        return new PageFlow(clock.instant().atZone(zone).toLocalDate());
    }

    Questionnaire questionnaire(Campaign campaign) {
        return questionnaires
                .version(campaign.questionnaireVersionId())
                .orElseThrow(() -> new IllegalStateException("campaign without its questionnaire version"))
                .questionnaire();
    }

    /** ?lang= first, then the language the response was started in, then the browser's. */
    private static Language language(
            Questionnaire questionnaire,
            @Nullable String lang,
            @Nullable String acceptLanguage,
            Optional<Language> started) {
        if (lang == null && started.isPresent() && questionnaire.offers(started.get())) {
            return started.get();
        }
        return RespondentLanguage.choose(questionnaire, Optional.ofNullable(lang), Optional.ofNullable(acceptLanguage));
    }

    static Optional<String> field(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value instanceof Iterable<?> many) {
            var it = many.iterator();
            return it.hasNext() ? Optional.of(String.valueOf(it.next())) : Optional.empty();
        }
        return Optional.ofNullable(value).map(String::valueOf);
    }
}
