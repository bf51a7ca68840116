package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.builder.EntryList;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
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
import java.util.Map;
import java.util.Optional;

/**
 * A question's own page: every field of its type, its choices or matrix items, condition and constraint. One form;
 * the buttons beside a choice (add, up, down, remove) send the whole form, so nothing typed is lost on the way.
 */
@Controller("/staff/questionnaires/{key}/builder/questions/{page}/{index}")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class BuilderQuestionController {

    private final BuilderDrafts drafts;

    BuilderQuestionController(BuilderDrafts drafts) {
        this.drafts = drafts;
    }

    @Get
    HttpResponse<?> show(
            String key,
            int page,
            int index,
            HttpRequest<?> request,
            @Nullable @QueryValue String saved,
            @Nullable @QueryValue String added) {
        return drafts.with(key, opened -> {
            var at = new Place.QuestionAt(page, index);
            if (opened.document().scalar(at, "type").isEmpty()
                    && opened.document().scalar(at, "key").isEmpty()) {
                return HttpResponse.seeOther(java.net.URI.create(BuilderLinks.builder(key)));
            }
            Message notice = saved != null
                    ? BuilderPages.message("builder.notice.saved")
                    : added != null ? BuilderPages.message("builder.notice.added") : null;
            return HttpResponse.ok(new ModelAndView<>(
                    "builder/question",
                    Map.of(
                            "page",
                            QuestionView.of(opened, at, drafts.locale(request), notice, ExpressionPickers.STORED))));
        });
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(
            String key,
            int page,
            int index,
            HttpRequest<?> request,
            // A map, not a record: the question's fields are named by language, choice line and picker part.
            @Nullable @Body Map<String, Object> posted,
            Authentication user) {
        BuilderForm form = BuilderForm.of(posted);
        return drafts.with(key, opened -> {
            var at = new Place.QuestionAt(page, index);
            var refused = QuestionForm.apply(opened.document(), opened.layout(), at, form);
            if (!refused.isEmpty()) {
                // Nothing saved: the page again with what was posted, the picker's field to fix marked.
                var pickers = new ExpressionPickers(form.posted(), refused);
                return HttpResponse.unprocessableEntity()
                        .body(new ModelAndView<>(
                                "builder/question",
                                Map.of("page", QuestionView.of(opened, at, drafts.locale(request), null, pickers))));
            }
            String focus = operate(opened.document(), at, form.operation());
            String href = BuilderController.questionHref(key, at);
            String then = "back".equals(form.operation().name())
                    ? BuilderLinks.builder(key) + "?saved#q-" + page + "-" + index
                    : href + "?saved" + (focus.isEmpty() ? "" : "#" + focus);
            return drafts.save(opened, user.getName(), then);
        });
    }

    /** The row button that sent the form; answers the id of the field to return to. */
    private static String operate(QuestionnaireDocument document, Place.QuestionAt at, BuilderForm.Operation op) {
        Optional<EntryList> choices = ChoiceSource.activeList(document, at);
        EntryList items = new EntryList.Items(at);
        return switch (op.name()) {
            case "addChoice" -> choices.map(list -> add(document, list, "choice", "value"))
                    .orElse("");
            case "addItem" -> add(document, items, "item", "key");
            case "choiceUp", "choiceDown", "choiceRemove" -> choices.map(
                            list -> rowAction(document, list, "choice", op))
                    .orElse("");
            case "itemUp", "itemDown", "itemRemove" -> rowAction(document, items, "item", op);
            default -> "";
        };
    }

    private static String add(QuestionnaireDocument document, EntryList list, String prefix, String field) {
        var entries = document.entries(list);
        java.util.Set<String> taken = new java.util.HashSet<>();
        entries.forEach(e -> taken.add(e.value()));
        int n = entries.size() + 1;
        while (taken.contains(prefix + "_" + n)) {
            n++;
        }
        var added = document.addEntry(list, entries.size(), prefix + "_" + n, Map.<Language, String>of());
        return prefix + "-" + added.index() + "-" + field;
    }

    private static String rowAction(
            QuestionnaireDocument document, EntryList list, String prefix, BuilderForm.Operation op) {
        var entries = document.entries(list);
        if (op.index() < 0 || op.index() >= entries.size()) {
            return "";
        }
        var entry = entries.get(op.index()).at();
        if (op.name().endsWith("Remove")) {
            document.removeEntry(entry);
            return prefix + "s";
        }
        var moved = document.moveEntry(entry, op.name().endsWith("Up") ? -1 : 1);
        return prefix + "-" + moved.index() + "-" + (op.name().endsWith("Up") ? "up" : "down");
    }
}
