package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Starts an empty questionnaire in the builder: its key, title and languages; the questions are added next. */
@Controller("/staff/questionnaires/new-empty")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class BuilderStartController {

    static final int MAX_KEY = 64;
    private static final List<Language> ALL = List.of(Language.values());

    private final QuestionnaireDrafts drafts;

    BuilderStartController(QuestionnaireDrafts drafts) {
        this.drafts = drafts;
    }

    @Get
    ModelAndView<?> form() {
        return page("", Map.of(), ALL, Language.FI, List.of());
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // A map, not a record: the title's fields are named by language (title.fi, title.sv...).
    HttpResponse<?> start(@Nullable @Body Map<String, Object> posted, Authentication user) {
        BuilderForm form = BuilderForm.of(posted);
        String key = form.valueOrEmpty("key");
        Map<Language, String> title = form.texts("title", ALL);
        LanguageChoice choice = LanguageChoice.from(form, Language.FI);
        List<BuilderPages.FieldError> errors = new ArrayList<>();
        if (key.isEmpty()
                || key.length() > MAX_KEY
                || !Keys.QUESTIONNAIRE_KEY.matcher(key).matches()) {
            errors.add(new BuilderPages.FieldError("key", BuilderPages.message("builder.error.questionnaireKey")));
        }
        if (title.getOrDefault(choice.defaultLanguage(), "").isBlank()) {
            errors.add(new BuilderPages.FieldError(
                    "f-title-" + choice.defaultLanguage().code(), BuilderPages.message("builder.error.title")));
        }
        errors.addAll(choice.errors());
        if (errors.isEmpty()) {
            String yaml = QuestionnaireDocument.start(key, choice.defaultLanguage(), choice.languages(), title)
                    .yaml();
            DraftSaveOutcome outcome = drafts.create(yaml, user.getName());
            if (outcome instanceof DraftSaveOutcome.Saved) {
                return HttpResponse.seeOther(URI.create(BuilderLinks.builder(key) + "?saved"));
            }
            errors.add(new BuilderPages.FieldError("key", BuilderPages.message("builder.error.keyTaken", key)));
        }
        return HttpResponse.unprocessableEntity()
                .body(page(key, title, choice.languages(), choice.defaultLanguage(), errors));
    }

    private static ModelAndView<?> page(
            String key,
            Map<Language, String> title,
            List<Language> languages,
            Language defaultLanguage,
            List<BuilderPages.FieldError> errors) {
        var view = new BuilderPages.StartPage(
                key,
                BuilderPages.TextField.of("title", ALL, title),
                LanguageChoice.boxes(languages),
                defaultLanguage.code(),
                errors);
        return new ModelAndView<>("builder/start", Map.of("page", view));
    }
}
