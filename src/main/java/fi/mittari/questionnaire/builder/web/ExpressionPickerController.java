package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.questionnaire.builder.ExpressionFields;
import fi.mittari.questionnaire.builder.ExpressionInput;
import fi.mittari.questionnaire.builder.PickerPlace;
import fi.mittari.questionnaire.builder.PickerState;
import fi.mittari.questionnaire.builder.QuestionnaireLayout;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import fi.mittari.web.i18n.StaffMessages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pickers' own routes: a page that tries a condition of a question or page against the draft's questions (the
 * live version's when the draft does not read), storing nothing; and the check the picker's script asks for while a
 * free expression is typed, answering the plain message the save would give.
 */
@Controller("/staff/questionnaires/{key}/builder")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class ExpressionPickerController {

    static final String PREFIX = "expression";

    private final QuestionnaireDrafts drafts;
    private final QuestionnaireCatalog catalog;
    private final PageLocale pageLocale;

    ExpressionPickerController(QuestionnaireDrafts drafts, QuestionnaireCatalog catalog, PageLocale pageLocale) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.pageLocale = pageLocale;
    }

    /** The answer to a check: whether the expression would be stored, and if not the plain message. */
    @Serdeable
    record CheckAnswer(boolean ok, String message) {}

    @Get("/expression")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> tryPage(
            String key,
            HttpRequest<?> request,
            @Nullable @QueryValue String question,
            @Nullable @QueryValue String field,
            @Nullable @QueryValue Integer page) {
        Locale locale = pageLocale.of(request);
        Optional<QuestionnaireLayout> layout = layout(key);
        Optional<PickerPlace> place = layout.flatMap(l -> place(l, question, field, page));
        if (place.isEmpty()) {
            return notFound(key, locale);
        }
        PickerView picker = PickerViews.of(PREFIX, place.get(), layout.get(), PickerState.of(""), null, key, locale);
        return HttpResponse.ok(view(page(key, place.get(), layout.get(), picker, null, locale)));
    }

    @Post("/expression")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    // A map, not a record: the picker's fields are named by its prefix and part, as on the builder's pages.
    HttpResponse<?> tryPost(String key, HttpRequest<?> request, @Nullable @Body Map<String, Object> form) {
        Locale locale = pageLocale.of(request);
        Map<String, Object> fields = form == null ? Map.of() : form;
        Optional<QuestionnaireLayout> layout = layout(key);
        Optional<PickerPlace> place = layout.flatMap(l -> posted(l, fields));
        if (place.isEmpty()) {
            return notFound(key, locale);
        }
        PickerState state = PickerState.posted(fields, PREFIX);
        ExpressionInput input = ExpressionFields.read(state, PREFIX, place.get().scope(layout.get()));
        PickerView picker = PickerViews.of(PREFIX, place.get(), layout.get(), state, input, key, locale);
        String result = input instanceof ExpressionInput.Written written
                ? written.text()
                : input instanceof ExpressionInput.None ? "" : null;
        ExpressionTryPage page = page(key, place.get(), layout.get(), picker, result, locale);
        return result == null
                ? HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(view(page))
                : HttpResponse.ok(view(page));
    }

    @Post("/expression-check")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    // A map, not a record: the place is read as the try page reads it (posted), through the picker's own bounds.
    HttpResponse<CheckAnswer> check(String key, HttpRequest<?> request, @Nullable @Body Map<String, Object> form) {
        Locale locale = pageLocale.of(request);
        Map<String, Object> fields = form == null ? Map.of() : form;
        Optional<QuestionnaireLayout> layout = layout(key);
        Optional<PickerPlace> place = layout.flatMap(l -> posted(l, fields));
        if (place.isEmpty()) {
            return HttpResponse.notFound();
        }
        ExpressionInput input = ExpressionFields.free(
                text(fields.get("text")), "text", place.get().scope(layout.get()));
        if (input instanceof ExpressionInput.Refused refused) {
            return HttpResponse.ok(new CheckAnswer(false, PickerViews.sayRefusal(refused, locale)));
        }
        return HttpResponse.ok(new CheckAnswer(
                true, StaffMessages.message(locale, "pickers.check.ok").orElse("")));
    }

    private Optional<QuestionnaireLayout> layout(String key) {
        Optional<Draft> draft = drafts.draft(key);
        if (draft.isPresent() && draft.get().read() instanceof DefinitionResult.Accepted accepted) {
            return Optional.of(QuestionnaireLayout.of(accepted.questionnaire()));
        }
        return catalog.latest(key).map(StoredQuestionnaire::questionnaire).map(QuestionnaireLayout::of);
    }

    /** The place asked for; without one, the condition of the last question, which has the most to pick from. */
    private static Optional<PickerPlace> place(
            QuestionnaireLayout layout, @Nullable String question, @Nullable String field, @Nullable Integer page) {
        if (question == null && page == null) {
            var questions = layout.questions();
            return questions.isEmpty()
                    ? Optional.empty()
                    : Optional.of(PickerPlace.condition(
                            questions.get(questions.size() - 1).key()));
        }
        return PickerPlace.of(question, field, page)
                .filter(p -> p.isPage()
                        ? layout.page(p.page()).isPresent()
                        : layout.place(p.question()).isPresent());
    }

    private static Optional<PickerPlace> posted(QuestionnaireLayout layout, Map<String, Object> fields) {
        return place(layout, text(fields.get("question")), text(fields.get("field")), number(fields.get("page")));
    }

    private ExpressionTryPage page(
            String key,
            PickerPlace place,
            QuestionnaireLayout layout,
            PickerView picker,
            @Nullable String result,
            Locale locale) {
        String name = place.isPage()
                ? String.valueOf(place.page() + 1)
                : layout.questions().stream()
                        .filter(q -> q.key().equals(place.question()))
                        .findFirst()
                        .map(q -> q.labelIn(fi.mittari.questionnaire.Language.fromCode(locale.getLanguage())
                                .orElse(fi.mittari.questionnaire.Language.FI)))
                        .orElse(place.question());
        String label = StaffMessages.message(locale, place.isPage() ? "pickers.try.forPage" : "pickers.try.for", name)
                .orElse(name);
        return new ExpressionTryPage(key, label, BuilderLinks.builder(key) + "/expression", picker, result);
    }

    private static ModelAndView<?> view(ExpressionTryPage page) {
        return new ModelAndView<>("builder/expression-try", Map.of("page", page));
    }

    private HttpResponse<?> notFound(String key, Locale locale) {
        String message = StaffMessages.message(locale, "pickers.try.noQuestionnaire", key)
                .orElse(key);
        return HttpResponse.notFound(message).contentType(MediaType.TEXT_PLAIN_TYPE);
    }

    private static String text(@Nullable Object value) {
        return PickerState.posted(value == null ? Map.of() : Map.of("v.free", value), "v")
                .free();
    }

    private static @Nullable Integer number(@Nullable Object value) {
        String digits = text(value);
        return digits.matches("[0-9]{1,4}") ? Integer.valueOf(digits) : null;
    }
}
