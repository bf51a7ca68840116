package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.Place;
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
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;

/** The questionnaire's own settings: title, description, the languages it offers and its default language. */
@Controller("/staff/questionnaires/{key}/builder/settings")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class BuilderSettingsController {

    private static final List<String> TEXTS = List.of("title", "description");

    private final BuilderDrafts drafts;

    BuilderSettingsController(BuilderDrafts drafts) {
        this.drafts = drafts;
    }

    @Get
    HttpResponse<?> show(String key, @Nullable @QueryValue String saved) {
        return drafts.with(key, opened -> {
            var document = opened.document();
            var view = page(
                    key,
                    document,
                    document.languages(),
                    document.defaultLanguage(),
                    List.of(),
                    saved == null ? null : BuilderPages.message("builder.notice.saved"));
            return HttpResponse.ok(new ModelAndView<>("builder/settings", Map.of("page", view)));
        });
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // A map, not a record: the questionnaire's texts are named by field and language (title.fi, intro.sv...).
    HttpResponse<?> save(String key, @Nullable @Body Map<String, Object> posted, Authentication user) {
        BuilderForm form = BuilderForm.of(posted);
        return drafts.with(key, opened -> {
            var document = opened.document();
            LanguageChoice choice = LanguageChoice.from(form, document.defaultLanguage());
            // Texts first, in every language the form showed, so that newly offered languages can be filled next.
            TEXTS.forEach(
                    f -> QuestionForm.text(document, new Place.Root(), f, form.texts(f, List.of(Language.values()))));
            if (!choice.errors().isEmpty()) {
                var view = page(key, document, choice.languages(), choice.defaultLanguage(), choice.errors(), null);
                return HttpResponse.unprocessableEntity()
                        .body(new ModelAndView<>("builder/settings", Map.of("page", view)));
            }
            if (!choice.languages().equals(document.languages())
                    || choice.defaultLanguage() != document.defaultLanguage()) {
                document.setLanguages(choice.defaultLanguage(), choice.languages());
            }
            return drafts.save(opened, user.getName(), BuilderLinks.builder(key) + "/settings?saved");
        });
    }

    private static BuilderPages.SettingsPage page(
            String key,
            QuestionnaireDocument document,
            List<Language> languages,
            Language defaultLanguage,
            List<BuilderPages.FieldError> errors,
            @Nullable fi.mittari.questionnaire.web.DesignerPages.Message notice) {
        // Every language is shown for the texts: one may be offered in the same save that gives its texts.
        List<Language> all = List.of(Language.values());
        return new BuilderPages.SettingsPage(
                key,
                TEXTS.stream()
                        .map(f -> BuilderPages.TextField.of(f, all, document.text(new Place.Root(), f)))
                        .toList(),
                LanguageChoice.boxes(languages),
                defaultLanguage.code(),
                errors,
                notice);
    }
}
