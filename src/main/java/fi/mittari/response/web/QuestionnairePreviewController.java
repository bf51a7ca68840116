package fi.mittari.response.web;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.response.AnswerCheck;
import fi.mittari.response.AnswerValidator;
import fi.mittari.response.RespondentLanguage;
import fi.mittari.response.SubmissionKeys;
import fi.mittari.response.SubmittedAnswers;
import fi.mittari.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The designer's preview: the draft (or, without one, the live version) rendered by the very template and view model
 * respondents get, in any of its languages. Answers sent from the preview are checked by the same validator as real
 * ones, so staff can try conditions and constraints, but nothing is ever stored.
 */
@Controller("/staff/questionnaires/{key}/preview")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class QuestionnairePreviewController {

    private final QuestionnaireDrafts drafts;
    private final QuestionnaireCatalog catalog;
    private final SurveyPages pages;
    private final Clock clock;
    private final ZoneId zone;

    QuestionnairePreviewController(
            QuestionnaireDrafts drafts, QuestionnaireCatalog catalog, SurveyPages pages, Clock clock, ZoneId zone) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.pages = pages;
        this.clock = clock;
        this.zone = zone;
    }

    @Get
    HttpResponse<?> show(String key, @Nullable @QueryValue String lang) {
        Optional<Questionnaire> questionnaire = previewed(key);
        if (questionnaire.isEmpty()) {
            return unavailable(key);
        }
        Language language = language(questionnaire.get(), lang);
        SurveyPage page = pages.form(
                base(key),
                questionnaire.get(),
                language,
                SubmissionKeys.fresh(),
                new SubmittedAnswers(Map.of()),
                List.of());
        return HttpResponse.ok(view(key, page, draftUnreadable(key) ? DRAFT_UNREADABLE : ""));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> tryAnswers(
            String key, @Nullable @QueryValue String lang, @Nullable @Body Map<String, Object> form) {
        Optional<Questionnaire> questionnaire = previewed(key);
        if (questionnaire.isEmpty()) {
            return unavailable(key);
        }
        Language language = language(questionnaire.get(), lang);
        SubmittedAnswers answers = SurveyFormController.answersFrom(form == null ? Map.of() : form);
        var today = clock.instant().atZone(zone).toLocalDate();
        AnswerCheck check = new AnswerValidator(today).check(questionnaire.get(), answers);
        var problems = check instanceof AnswerCheck.Invalid invalid
                ? invalid.problems()
                : List.<fi.mittari.response.AnswerProblem>of();
        SurveyPage page =
                pages.form(base(key), questionnaire.get(), language, SubmissionKeys.fresh(), answers, problems);
        String outcome = problems.isEmpty() ? "These answers would be accepted. Nothing was stored." : "";
        return HttpResponse.status(problems.isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(view(key, page, outcome));
    }

    private static final String DRAFT_UNREADABLE =
            "The draft has errors, so this is the live version. Fix the errors in the editor to preview the draft.";

    private boolean draftUnreadable(String key) {
        return drafts.draft(key).filter(draft -> !draft.publishable()).isPresent();
    }

    /** The draft when it reads; else the live version; empty when neither exists. */
    private Optional<Questionnaire> previewed(String key) {
        return drafts.draft(key)
                .map(Draft::read)
                .filter(DefinitionResult.Accepted.class::isInstance)
                .map(read -> ((DefinitionResult.Accepted) read).questionnaire())
                .or(() -> catalog.latest(key).map(StoredQuestionnaire::questionnaire));
    }

    private HttpResponse<?> unavailable(String key) {
        // A draft with errors cannot be rendered; the editor lists them.
        return HttpResponse.seeOther(URI.create("/staff/questionnaires/" + key + "/edit"));
    }

    private static Language language(Questionnaire questionnaire, @Nullable String lang) {
        return RespondentLanguage.choose(questionnaire, Optional.ofNullable(lang), Optional.empty());
    }

    private static String base(String key) {
        return "/staff/questionnaires/" + key + "/preview";
    }

    private static ModelAndView<Map<String, Object>> view(String key, SurveyPage page, String outcome) {
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("preview", new Preview(key, "/staff/questionnaires/" + key + "/edit", outcome));
        return new ModelAndView<>("survey/form", model);
    }

    /** The banner above a previewed form: what it is, and the way back to the editor. */
    public record Preview(String key, String editorHref, String outcome) {

        public boolean hasOutcome() {
            return !outcome.isEmpty();
        }
    }
}
