package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.PageOutline;
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
import java.util.Optional;

/**
 * The builder's overview: the pages and their questions, with moving, duplicating, removing (after asking) and adding
 * questions and pages. Every action is a form POST answered with a redirect back to the overview, at the question.
 */
@Controller("/staff/questionnaires/{key}/builder")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class BuilderController {

    private final BuilderDrafts drafts;

    BuilderController(BuilderDrafts drafts) {
        this.drafts = drafts;
    }

    @Get
    HttpResponse<?> overview(String key, HttpRequest<?> request, @Nullable @QueryValue String saved) {
        return drafts.with(key, opened -> {
            Language language = drafts.viewLanguage(request, opened.document());
            Message notice = saved == null ? null : BuilderPages.message("builder.notice.saved");
            return HttpResponse.ok(new ModelAndView<>(
                    "builder/overview",
                    Map.of(
                            "page",
                            BuilderOverview.of(
                                    opened, language, drafts.locale(request), notice, BuilderPages.AddQuestion.NONE))));
        });
    }

    /**
     * Adds a question. A key typed for it is used as typed or refused at its field (422, the form as it was sent);
     * without one, a free key is made from the label.
     */
    @Post("/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // A map, not a record: the label's fields are named by language (label.fi, label.sv...).
    HttpResponse<?> addQuestion(
            String key, HttpRequest<?> request, @Nullable @Body Map<String, Object> posted, Authentication user) {
        BuilderForm form = BuilderForm.of(posted);
        return drafts.with(key, opened -> {
            var document = opened.document();
            String type =
                    form.value("type").filter(BuilderTypes.names()::contains).orElse("text");
            int[] at = position(form.valueOrEmpty("position"), document.outline());
            Map<Language, String> label = form.texts("label", List.of(document.defaultLanguage()));
            String typed = form.valueOrEmpty("questionKey");
            var refused = typed.isEmpty() ? Optional.<Message>empty() : Keys.problem(typed, document);
            if (refused.isPresent()) {
                var sent = new BuilderPages.AddQuestion(
                        type,
                        label.getOrDefault(document.defaultLanguage(), ""),
                        typed,
                        form.valueOrEmpty("position"),
                        List.of(new BuilderPages.FieldError("add-key", refused.get())));
                return HttpResponse.unprocessableEntity()
                        .body(new ModelAndView<>(
                                "builder/overview",
                                Map.of(
                                        "page",
                                        BuilderOverview.of(
                                                opened,
                                                drafts.viewLanguage(request, document),
                                                drafts.locale(request),
                                                null,
                                                sent))));
            }
            String questionKey = typed.isEmpty()
                    ? document.uniqueKey(Keys.fromLabel(label.getOrDefault(document.defaultLanguage(), ""), "question"))
                    : typed;
            Place.QuestionAt added = document.addQuestion(at[0], at[1], type, questionKey, label);
            return drafts.save(opened, user.getName(), questionHref(key, added) + "?added");
        });
    }

    @Post("/questions/{page}/{index}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> moveQuestion(String key, int page, int index, @Body MovePost posted, Authentication user) {
        int delta = posted.delta();
        return drafts.with(key, opened -> {
            Place.QuestionAt moved = opened.document().moveQuestion(new Place.QuestionAt(page, index), delta);
            return drafts.save(opened, user.getName(), overviewAt(key, moved));
        });
    }

    @Post("/questions/{page}/{index}/duplicate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> duplicateQuestion(String key, int page, int index, Authentication user) {
        return drafts.with(key, opened -> {
            Place.QuestionAt copy = opened.document().duplicateQuestion(new Place.QuestionAt(page, index));
            return drafts.save(opened, user.getName(), questionHref(key, copy) + "?added");
        });
    }

    @Get("/questions/{page}/{index}/remove")
    HttpResponse<?> confirmRemoveQuestion(String key, int page, int index) {
        return drafts.with(key, opened -> {
            var at = new Place.QuestionAt(page, index);
            String name = opened.document().scalar(at, "key").orElse("");
            return HttpResponse.ok(confirm(new BuilderPages.ConfirmPage(
                    key,
                    "builder.remove.question",
                    name,
                    questionHref(key, at) + "/remove",
                    BuilderLinks.builder(key) + "#q-" + page + "-" + index)));
        });
    }

    @Post("/questions/{page}/{index}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removeQuestion(String key, int page, int index, Authentication user) {
        return drafts.with(key, opened -> {
            opened.document().removeQuestion(new Place.QuestionAt(page, index));
            return drafts.save(opened, user.getName(), BuilderLinks.builder(key) + "?saved");
        });
    }

    @Post("/pages")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // A map, not a record: the title's fields are named by language (title.fi, title.sv...).
    HttpResponse<?> addPage(String key, @Nullable @Body Map<String, Object> posted, Authentication user) {
        BuilderForm form = BuilderForm.of(posted);
        return drafts.with(key, opened -> {
            var document = opened.document();
            Map<Language, String> title = form.texts("title", List.of(document.defaultLanguage()));
            String pageKey = Keys.fromLabel(
                    form.value("pageKey")
                            .filter(k -> !k.isBlank())
                            .orElseGet(() -> title.getOrDefault(document.defaultLanguage(), "")),
                    "page");
            Place.PageAt added = document.addPage(document.outline().size(), pageKey, title);
            return drafts.save(opened, user.getName(), BuilderLinks.page(key, added.page()) + "?added");
        });
    }

    @Post("/pages/{page}/move")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> movePage(String key, int page, @Body MovePost posted, Authentication user) {
        int delta = posted.delta();
        return drafts.with(key, opened -> {
            opened.document().movePage(page, delta);
            return drafts.save(opened, user.getName(), BuilderLinks.builder(key) + "#page-" + (page + delta));
        });
    }

    @Get("/pages/{page}/remove")
    HttpResponse<?> confirmRemovePage(String key, int page) {
        return drafts.with(
                key,
                opened -> HttpResponse.ok(confirm(new BuilderPages.ConfirmPage(
                        key,
                        "builder.remove.page",
                        opened.document().scalar(new Place.PageAt(page), "key").orElse(""),
                        BuilderLinks.page(key, page) + "/remove",
                        BuilderLinks.builder(key) + "#page-" + page))));
    }

    @Post("/pages/{page}/remove")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> removePage(String key, int page, Authentication user) {
        return drafts.with(key, opened -> {
            opened.document().removePage(page);
            return drafts.save(opened, user.getName(), BuilderLinks.builder(key) + "?saved");
        });
    }

    private static ModelAndView<?> confirm(BuilderPages.ConfirmPage page) {
        return new ModelAndView<>("builder/confirm", Map.of("page", page));
    }

    /** "page:index" from the position list; anything else means the end of the last page. */
    private static int[] position(String value, List<PageOutline> outline) {
        int lastPage = Math.max(0, outline.size() - 1);
        int[] end = {
            lastPage, outline.isEmpty() ? 0 : outline.get(lastPage).questions().size()
        };
        String[] parts = value.split(":");
        if (parts.length != 2) {
            return end;
        }
        try {
            int page = Integer.parseInt(parts[0]);
            int index = Integer.parseInt(parts[1]);
            if (page < 0
                    || page >= outline.size()
                    || index < 0
                    || index > outline.get(page).questions().size()) {
                return end;
            }
            return new int[] {page, index};
        } catch (NumberFormatException notANumber) {
            return end;
        }
    }

    static String questionHref(String key, Place.QuestionAt at) {
        return BuilderLinks.question(key, at.page(), at.index());
    }

    private static String overviewAt(String key, Place.QuestionAt at) {
        return BuilderLinks.builder(key) + "#q-" + at.page() + "-" + at.index();
    }
}
