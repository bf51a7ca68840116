package fi.mittari.response.web;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Page;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.response.AnswerCheck;
import fi.mittari.response.AnswerValidator;
import fi.mittari.response.PageFlow;
import fi.mittari.response.PageTurn;
import fi.mittari.response.RespondentLanguage;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The designer's preview: the draft (or, without one, the live version) rendered by the very template and view model
 * respondents get, in any of its languages, one page at a time with the same Next, Back and language switch. Answers
 * sent from the preview are checked by the same validator as real ones, so staff can try conditions and constraints,
 * but nothing is ever stored: the answers to the pages not on screen travel with the form as hidden fields.
 */
@Controller("/staff/questionnaires/{key}/preview")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class QuestionnairePreviewController {

    private final QuestionnaireDrafts drafts;
    private final QuestionnaireCatalog catalog;
    private final SurveyPages pages;
    private final PageLocale locales;
    private final Clock clock;
    private final ZoneId zone;

    QuestionnairePreviewController(
            QuestionnaireDrafts drafts,
            QuestionnaireCatalog catalog,
            SurveyPages pages,
            PageLocale locales,
            Clock clock,
            ZoneId zone) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.pages = pages;
        this.locales = locales;
        this.clock = clock;
        this.zone = zone;
    }

    @Get
    HttpResponse<?> show(String key, @Nullable @QueryValue String lang, HttpRequest<?> request) {
        Optional<HttpResponse<?>> problems = draftProblems(key);
        if (problems.isPresent()) {
            return problems.get();
        }
        Optional<Questionnaire> questionnaire = previewed(key);
        if (questionnaire.isEmpty()) {
            return unavailable(key);
        }
        var screen = new PreviewScreen(pages, key, questionnaire.get(), locales.of(request));
        SubmittedAnswers none = new SubmittedAnswers(Map.of());
        Language language = language(questionnaire.get(), lang);
        return screen.show(language, none, flow(language).at(questionnaire.get(), none, ""), List.of(), "");
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> turn(
            String key,
            @Nullable @QueryValue String lang,
            HttpRequest<?> request,
            @Nullable @Body Map<String, Object> form) {
        Optional<HttpResponse<?>> problems = draftProblems(key);
        if (problems.isPresent()) {
            return problems.get();
        }
        Optional<Questionnaire> previewed = previewed(key);
        if (previewed.isEmpty()) {
            return unavailable(key);
        }
        Questionnaire questionnaire = previewed.get();
        Map<String, Object> fields = form == null ? Map.of() : form;
        Language language = language(questionnaire, lang);
        Page sent = SurveyFlow.field(fields, "page")
                .flatMap(questionnaire::page)
                .orElse(questionnaire.pages().get(0));
        SubmittedAnswers answers = PageFlow.merge(
                questionnaire,
                sent,
                SurveyFormController.answersFrom(fields, PreviewScreen.KEPT_PREFIX),
                SurveyFormController.answersFrom(fields));
        PageFlow flow = flow(language);
        var screen = new PreviewScreen(pages, key, questionnaire, locales.of(request));
        PageTurn asked = PageTurn.of(
                questionnaire,
                flow.at(questionnaire, answers, sent.key()),
                SurveyFlow.field(fields, "action").orElse("next"),
                SurveyFlow.field(fields, "language"),
                false);
        return asked.handle(new PageTurn.Handler<HttpResponse<?>>() {
            @Override
            public HttpResponse<?> switchLanguage(PageTurn.SwitchLanguage turn) {
                return onPage(turn.language(), turn.page());
            }

            @Override
            public HttpResponse<?> back(PageTurn.Back turn) {
                return onPage(language, turn.page());
            }

            @Override
            public HttpResponse<?> later(PageTurn.Later turn) {
                return onPage(language, turn.page());
            }

            @Override
            public HttpResponse<?> fix(PageTurn.Fix turn) {
                return screen.show(language, answers, turn.at(), turn.at().problems(), "");
            }

            @Override
            public HttpResponse<?> next(PageTurn.Next turn) {
                return onPage(language, turn.page());
            }

            @Override
            public HttpResponse<?> send(PageTurn.Send turn) {
                // As a real send: the whole response checked; a page at fault shown with its problems.
                AnswerCheck check =
                        AnswerValidator.at(clock.instant(), zone).in(language).check(questionnaire, answers);
                if (check instanceof AnswerCheck.Invalid invalid) {
                    var shown = flow.at(questionnaire, answers, "").shown();
                    Page atFault =
                            PageFlow.firstAtFault(shown, invalid.problems()).orElse(shown.get(0));
                    return screen.show(
                            language, answers, flow.at(questionnaire, answers, atFault.key()), invalid.problems(), "");
                }
                return screen.show(
                        language,
                        answers,
                        flow.at(questionnaire, answers, sent.key()),
                        List.of(),
                        "questionnaires.preview.accepted");
            }

            private HttpResponse<?> onPage(Language shownIn, Page page) {
                return screen.show(shownIn, answers, flow.at(questionnaire, answers, page.key()), List.of(), "");
            }
        });
    }

    /**
     * A draft with errors cannot be rendered as a form: its problems are listed instead, each linked to its line in
     * the editor, rather than quietly previewing the published version the staff member did not ask for.
     */
    private Optional<HttpResponse<?>> draftProblems(String key) {
        return drafts.draft(key).filter(draft -> !draft.publishable()).map(draft -> HttpResponse.ok(
                        new ModelAndView<>("preview/problems", Map.of("page", PreviewProblems.of(key, draft.read()))))
                .header(PreviewScreen.ROBOTS, PreviewScreen.NOINDEX));
    }

    /** The draft when there is one (it reads: see {@link #draftProblems}); else the live version. */
    private Optional<Questionnaire> previewed(String key) {
        return drafts.draft(key)
                .map(Draft::read)
                .filter(DefinitionResult.Accepted.class::isInstance)
                .map(read -> ((DefinitionResult.Accepted) read).questionnaire())
                .or(() -> catalog.latest(key).map(StoredQuestionnaire::questionnaire));
    }

    private HttpResponse<?> unavailable(String key) {
        // Neither a draft nor a version: the editor says there is no such questionnaire.
        return HttpResponse.seeOther(URI.create("/staff/questionnaires/" + key + "/edit"));
    }

    private static Language language(Questionnaire questionnaire, @Nullable String lang) {
        return RespondentLanguage.choose(questionnaire, Optional.ofNullable(lang), Optional.empty());
    }

    private PageFlow flow(Language language) {
        // The application's zone decides what today() and now() mean, as on the real form.
        return new PageFlow(clock.instant().atZone(zone).toLocalDateTime(), language);
    }
}
