package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.PickerPlace;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.web.DesignerPages.Message;
import fi.mittari.security.Roles;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;

/** A page's own form: its key, title and intro in every language, and the condition that shows it. */
@Controller("/staff/questionnaires/{key}/builder/pages/{page}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class BuilderPageController {

    private static final List<String> TEXTS = List.of("title", "intro");

    private final BuilderDrafts drafts;

    BuilderPageController(BuilderDrafts drafts) {
        this.drafts = drafts;
    }

    @Get
    HttpResponse<?> show(
            String key,
            int page,
            HttpRequest<?> request,
            @Nullable @QueryValue String saved,
            @Nullable @QueryValue String added) {
        return drafts.with(key, opened -> {
            var document = opened.document();
            if (page < 0 || page >= document.outline().size()) {
                return HttpResponse.seeOther(java.net.URI.create(BuilderLinks.builder(key)));
            }
            Message notice = saved != null
                    ? BuilderPages.message("builder.notice.saved")
                    : added != null ? BuilderPages.message("builder.notice.pageAdded") : null;
            var view = view(opened, page, request, notice, ExpressionPickers.STORED);
            return HttpResponse.ok(new ModelAndView<>("builder/page", Map.of("page", view)));
        });
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(
            String key,
            int page,
            HttpRequest<?> request,
            // A map, not a record: the page's texts and its condition picker's fields are named by language and part.
            @Nullable @Body Map<String, Object> posted,
            Authentication user) {
        BuilderForm form = BuilderForm.of(posted);
        return drafts.with(key, opened -> {
            var document = opened.document();
            if (page < 0 || page >= document.outline().size() || !document.paged()) {
                return HttpResponse.seeOther(java.net.URI.create(BuilderLinks.builder(key)));
            }
            var at = new Place.PageAt(page);
            QuestionForm.scalar(document, at, "key", form.value("pageKey"));
            TEXTS.forEach(f -> QuestionForm.text(document, at, f, form.texts(f, document.languages())));
            var scope = PickerPlace.pageCondition(page).scope(opened.layout());
            var refused = QuestionForm.expression(document, at, scope, form);
            if (refused.isPresent()) {
                // Nothing saved: the page again with what was posted, the picker's field to fix marked.
                var pickers = new ExpressionPickers(form.posted(), Map.of(PickerPlace.RELEVANT, refused.get()));
                return HttpResponse.unprocessableEntity()
                        .body(new ModelAndView<>(
                                "builder/page", Map.of("page", view(opened, page, request, null, pickers))));
            }
            return drafts.save(opened, user.getName(), BuilderLinks.builder(key) + "?saved#page-" + page);
        });
    }

    private BuilderPages.PageEditPage view(
            BuilderDrafts.Opened opened,
            int page,
            HttpRequest<?> request,
            @Nullable Message notice,
            ExpressionPickers pickers) {
        var document = opened.document();
        var at = new Place.PageAt(page);
        String key = opened.key();
        List<Language> languages = document.languages();
        return new BuilderPages.PageEditPage(
                key,
                page,
                document.scalar(at, "key").orElse(""),
                TEXTS.stream()
                        .map(f -> BuilderPages.TextField.of(f, languages, document.text(at, f)))
                        .toList(),
                pickers.view(
                        opened.layout(), document, at, PickerPlace.pageCondition(page), key, drafts.locale(request)),
                BuilderOverview.problems(opened, drafts.locale(request)).stream()
                        .filter(p -> ProblemPlaces.concernsPage(p.path(), page))
                        .toList(),
                notice);
    }
}
