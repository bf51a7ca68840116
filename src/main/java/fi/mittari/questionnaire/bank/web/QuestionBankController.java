package fi.mittari.questionnaire.bank.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.bank.BankQuestion;
import fi.mittari.questionnaire.bank.BankSources;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.PageOutline;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.drafting.DraftDocuments;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import fi.mittari.web.PostedForms;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The question bank of a draft: search, pick a question, choose the page and position, insert. The question goes in
 * as written in the bank, its key made unique in the draft and its condition (which named questions of its own
 * questionnaire) left out; then the draft is saved. Works without JavaScript: GET to search and pick, POST to insert.
 */
@Controller("/staff/questionnaires/{key}/bank")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class QuestionBankController {

    private static final int MAX_QUERY = 200;

    private final BankSources sources;
    private final DraftDocuments documents;
    private final PageLocale locales;
    private final PostedForms postedForms;

    QuestionBankController(BankSources sources, DraftDocuments documents, PageLocale locales, PostedForms postedForms) {
        this.sources = sources;
        this.documents = documents;
        this.locales = locales;
        this.postedForms = postedForms;
    }

    @Get
    HttpResponse<?> list(
            String key,
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue String added,
            @Nullable @QueryValue Integer addedPage,
            HttpRequest<?> request) {
        if (documents.read(key).isEmpty()) {
            return HttpResponse.notFound();
        }
        Language staff = staffLanguage(request);
        String query = q == null ? "" : q.length() > MAX_QUERY ? q.substring(0, MAX_QUERY) : q;
        int target = page == null ? 0 : Math.max(0, page);
        List<BankQuestion> found = sources.bank().search(query);
        Map<String, List<BankPages.Item>> byGroup = new LinkedHashMap<>();
        Map<String, String> titles = new LinkedHashMap<>();
        for (BankQuestion question : found) {
            titles.putIfAbsent(question.group().id(), question.group().titleIn(staff));
            byGroup.computeIfAbsent(question.group().id(), g -> new ArrayList<>())
                    .add(new BankPages.Item(
                            question.labelIn(staff), question.key(), question.type(), pickHref(key, question, target)));
        }
        List<BankPages.Group> groups = byGroup.entrySet().stream()
                .map(e -> new BankPages.Group(titles.get(e.getKey()), e.getValue()))
                .toList();
        BankPages.Added justAdded =
                added == null ? null : new BankPages.Added(added, addedPage == null ? 1 : addedPage);
        var view = new BankPages.ListPage(key, query, target, found.size(), groups, justAdded);
        return HttpResponse.ok(new ModelAndView<>("bank/list", Map.of("page", view)));
    }

    @Get("/{source}/{question}")
    HttpResponse<?> pick(
            String key, String source, String question, @Nullable @QueryValue Integer page, HttpRequest<?> request) {
        Optional<BankQuestion> picked = sources.bank().byId(source + "/" + question);
        Optional<DocumentReading> reading = documents.read(key);
        if (picked.isEmpty() || reading.isEmpty()) {
            return HttpResponse.notFound();
        }
        return pickPage(key, picked.get(), reading.get(), page == null ? 0 : page, staffLanguage(request), null);
    }

    @Post("/{source}/{question}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> insert(
            String key,
            String source,
            String question,
            @Nullable @Body PlacePost form,
            HttpRequest<?> request,
            Authentication user) {
        Optional<BankQuestion> picked = sources.bank().byId(source + "/" + question);
        Optional<DocumentReading> reading = documents.read(key);
        if (picked.isEmpty() || reading.isEmpty()) {
            return HttpResponse.notFound();
        }
        if (!(reading.get() instanceof DocumentReading.Read read)) {
            return pickPage(key, picked.get(), reading.get(), 0, staffLanguage(request), null);
        }
        QuestionnaireDocument document = read.document();
        PlacePost place = form == null ? PlacePost.NONE : form;
        Optional<BankPlaces.Where> where = postedForms.violations(place).isEmpty()
                ? BankPlaces.parse(place.where(), document.outline())
                : Optional.empty();
        if (where.isEmpty()) {
            return pickPage(key, picked.get(), reading.get(), 0, staffLanguage(request), "drafting.bank.problem.where");
        }
        Place.QuestionAt at = document.insertQuestion(
                where.get().page(), where.get().index(), picked.get().yaml());
        // Its condition named questions of the questionnaire it came from, which this draft need not have.
        document.setScalar(at, "relevant", null);
        String newKey = document.scalar(at, "key").orElse(picked.get().key());
        documents.save(key, document, user.getName());
        return HttpResponse.seeOther(URI.create("/staff/questionnaires/" + key + "/bank?added=" + newKey + "&addedPage="
                + (at.page() + 1) + "&page=" + (at.page() + 1)));
    }

    private HttpResponse<?> pickPage(
            String key,
            BankQuestion question,
            DocumentReading reading,
            int page,
            Language staff,
            @Nullable String problem) {
        String action = "/staff/questionnaires/" + key + "/bank/" + question.id();
        List<BankPages.Text> texts = question.label().entrySet().stream()
                .map(e -> new BankPages.Text(e.getKey().code(), e.getValue()))
                .toList();
        List<BankPages.Place> places = reading instanceof DocumentReading.Read read
                ? BankPlaces.of(read.document().outline(), page, staff)
                : List.of();
        String why = problem != null ? problem : places.isEmpty() ? "drafting.bank.problem.unreadable" : null;
        var view = new BankPages.PickPage(
                key,
                action,
                "/staff/questionnaires/" + key + "/bank" + (page > 0 ? "?page=" + page : ""),
                question.labelIn(staff),
                question.key(),
                question.type(),
                texts,
                places,
                why);
        return HttpResponse.status(why == null ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_ENTITY)
                .body(new ModelAndView<>("bank/pick", Map.of("page", view)));
    }

    private static String pickHref(String key, BankQuestion question, int page) {
        return "/staff/questionnaires/" + key + "/bank/" + question.id() + (page > 0 ? "?page=" + page : "");
    }

    private Language staffLanguage(HttpRequest<?> request) {
        return Language.fromCode(locales.of(request).getLanguage()).orElse(Language.FI);
    }

    /** Kept for the outline's page titles: a page without a title is named by its number. */
    static String pageTitle(PageOutline page, Language staff) {
        return page.title()
                .getOrDefault(staff, page.title().values().stream().findFirst().orElse(""));
    }
}
