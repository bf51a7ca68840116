package fi.mittari.response.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Invitation;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.response.PageFlow;
import fi.mittari.response.PageTurn;
import fi.mittari.response.RespondentLanguage;
import fi.mittari.response.SavingProgress;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmittedAnswers;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A respondent's way through a campaign's form, one page at a time: every page sent is saved (so Back, leaving and
 * coming back lose nothing), checked on the server, and followed by the next page its conditions show; the last page
 * sends the response ({@link SurveySending}). Each saved step redirects to the respondent's own address
 * ({@link SurveyPageResponses}), so reloading never sends anything twice; an entry that shows no form at all is
 * answered by {@link SurveyAdmission}.
 */
@Singleton
class SurveyFlow {

    private final QuestionnaireCatalog questionnaires;
    private final SavingProgress progress;
    private final SurveyAdmission admission;
    private final SurveyPageResponses responses;
    private final SurveySending sending;
    private final SurveyMessages messages;
    private final Clock clock;
    private final ZoneId zone;

    SurveyFlow(
            QuestionnaireCatalog questionnaires,
            SavingProgress progress,
            SurveyAdmission admission,
            SurveyPageResponses responses,
            SurveySending sending,
            SurveyMessages messages,
            Clock clock,
            ZoneId zone) {
        this.questionnaires = questionnaires;
        this.progress = progress;
        this.admission = admission;
        this.responses = responses;
        this.sending = sending;
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
        Optional<HttpResponse<?>> refusal = admission.refusal(entry, language);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        SubmittedAnswers answers = saved.map(SavingProgress.Progress::answers).orElse(new SubmittedAnswers(Map.of()));
        var at = flow(language)
                .at(
                        questionnaire,
                        answers,
                        saved.map(SavingProgress.Progress::pageKey).orElse(""));
        return responses.page(entry, questionnaire, language, key, answers, at, List.of(), HttpStatus.OK);
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
        Optional<HttpResponse<?>> refusal = admission.refusal(entry, language);
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
        PageFlow.Position at = flow(language).at(questionnaire, answers, sent.key());
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
                return messages.resumeLater(
                        campaign, language, entry.invitation().isPresent() ? "" : "/r/" + key);
            }

            @Override
            public HttpResponse<?> fix(PageTurn.Fix turn) {
                save(entry, key, language, turn.at().page(), answers);
                return responses.page(
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
                return sending.send(
                        entry,
                        questionnaire,
                        key,
                        language,
                        answers,
                        saved.map(SavingProgress.Progress::startedAt),
                        flow(language));
            }

            /** Saved on {@code page}, then that page shown in {@code shownIn} at the respondent's own address. */
            private HttpResponse<?> savedAndShown(Language shownIn, Page page) {
                save(entry, key, shownIn, page, answers);
                return SurveyPageResponses.backToSelf(entry, key, shownIn);
            }
        });
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

    private PageFlow flow(Language language) {
        // The application's zone decides what today() and now() mean in conditions, as on the form the respondent sees.
        return new PageFlow(clock.instant().atZone(zone).toLocalDateTime(), language);
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
