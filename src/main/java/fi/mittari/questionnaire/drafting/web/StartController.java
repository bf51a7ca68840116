package fi.mittari.questionnaire.drafting.web;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.bank.BankSources;
import fi.mittari.questionnaire.bank.QuestionBank;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * New questionnaires from existing ones: a copy of any published version or the draft of a questionnaire, or one of
 * the shipped samples, under a new key as a new draft (then opened in the editor). Works without JavaScript.
 */
@Controller("/staff/questionnaires")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class StartController {

    private static final String DRAFT = "draft";

    private final StartingPoints starting;
    private final QuestionnaireCatalog catalog;
    private final QuestionnaireDrafts drafts;
    private final BankSources samples;

    StartController(
            StartingPoints starting, QuestionnaireCatalog catalog, QuestionnaireDrafts drafts, BankSources samples) {
        this.starting = starting;
        this.catalog = catalog;
        this.drafts = drafts;
        this.samples = samples;
    }

    @Get("/from-sample")
    HttpResponse<?> sampleForm() {
        return HttpResponse.ok(view(samplePage("", "", Map.of(), List.of())));
    }

    @Post("/from-sample")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // A map, not a record: the title's fields are named by language (title.fi, title.sv...).
    HttpResponse<?> fromSample(@Nullable @Body Map<String, Object> form, Authentication user) {
        Map<String, Object> fields = form == null ? Map.of() : form;
        String chosen = TranslationTable.field(fields, "source");
        String key = TranslationTable.field(fields, "key").strip();
        Map<Language, String> titles = titles(fields);
        Optional<QuestionBank.Source> sample = samples.sample(chosen);
        List<StartPage.Problem> problems = sample.isEmpty()
                ? List.of(new StartPage.Problem("source", "drafting.start.problem.noSource", ""))
                : starting.start(sample.get().yaml(), key, titles, user.getName());
        return problems.isEmpty()
                ? opened(key)
                : HttpResponse.unprocessableEntity().body(view(samplePage(chosen, key, titles, problems)));
    }

    @Get("/{key}/copy")
    HttpResponse<?> copyForm(String key) {
        List<StartPage.Option> sources = copySources(key, "");
        if (sources.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(view(copyPage(key, sources, "", Map.of(), List.of())));
    }

    @Post("/{key}/copy")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    // A map, not a record: the title's fields are named by language (title.fi, title.sv...).
    HttpResponse<?> copy(String key, @Nullable @Body Map<String, Object> form, Authentication user) {
        Map<String, Object> fields = form == null ? Map.of() : form;
        String chosen = TranslationTable.field(fields, "source");
        String newKey = TranslationTable.field(fields, "key").strip();
        Map<Language, String> titles = titles(fields);
        Optional<String> text = DRAFT.equals(chosen)
                ? drafts.draft(key).map(fi.mittari.questionnaire.Draft::definition)
                : version(chosen).flatMap(number -> catalog.definitionText(key, number));
        List<StartPage.Problem> problems = text.isEmpty()
                ? List.of(new StartPage.Problem("source", "drafting.start.problem.noSource", ""))
                : starting.start(text.get(), newKey, titles, user.getName());
        if (problems.isEmpty()) {
            return opened(newKey);
        }
        List<StartPage.Option> sources = copySources(key, chosen);
        if (sources.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(view(copyPage(key, sources, newKey, titles, problems)));
    }

    /** The draft first (when there is one), then the published versions, newest first. */
    private List<StartPage.Option> copySources(String key, String chosen) {
        List<StartPage.Option> options = new ArrayList<>();
        if (drafts.draft(key).isPresent()) {
            options.add(new StartPage.Option(DRAFT, "drafting.start.source.draft", null, DRAFT.equals(chosen)));
        }
        var history = new ArrayList<>(catalog.history(key));
        java.util.Collections.reverse(history);
        history.forEach(v -> options.add(new StartPage.Option(
                String.valueOf(v.versionNumber()),
                "drafting.start.source.version",
                v.versionNumber(),
                String.valueOf(v.versionNumber()).equals(chosen))));
        return options;
    }

    private StartPage copyPage(
            String key,
            List<StartPage.Option> sources,
            String newKey,
            Map<Language, String> titles,
            List<StartPage.Problem> problems) {
        return new StartPage(
                key, "/staff/questionnaires/" + key + "/copy", sources, newKey, titleFields(titles), problems);
    }

    private StartPage samplePage(
            String chosen, String key, Map<Language, String> titles, List<StartPage.Problem> problems) {
        List<StartPage.Option> options = samples.samples().stream()
                .map(s -> new StartPage.Option(
                        s.name(), sampleTitle(s), null, s.name().equals(chosen)))
                .toList();
        return new StartPage(null, "/staff/questionnaires/from-sample", options, key, titleFields(titles), problems);
    }

    /** "Title (file)" in the sample's default language; the file name alone when the title cannot be read. */
    private static String sampleTitle(QuestionBank.Source sample) {
        if (QuestionnaireDocument.read(sample.yaml()) instanceof DocumentReading.Read read) {
            QuestionnaireDocument document = read.document();
            String title = document.text(new Place.Root(), "title").get(document.defaultLanguage());
            if (title != null) {
                return title + " (" + sample.name() + ")";
            }
        }
        return sample.name();
    }

    private static List<StartPage.Title> titleFields(Map<Language, String> titles) {
        List<StartPage.Title> fields = new ArrayList<>();
        for (Language language : Language.values()) {
            fields.add(new StartPage.Title(language.code(), titles.getOrDefault(language, "")));
        }
        return fields;
    }

    private static Map<Language, String> titles(Map<String, Object> fields) {
        Map<Language, String> titles = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            String title =
                    TranslationTable.field(fields, "title." + language.code()).strip();
            if (!title.isEmpty()) {
                titles.put(language, title);
            }
        }
        return titles;
    }

    private static Optional<Integer> version(String chosen) {
        return chosen.matches("\\d{1,6}") ? Optional.of(Integer.parseInt(chosen)) : Optional.empty();
    }

    private static HttpResponse<?> opened(String key) {
        return HttpResponse.seeOther(URI.create("/staff/questionnaires/" + key + "/edit?saved"));
    }

    private static ModelAndView<?> view(StartPage page) {
        return new ModelAndView<>("drafting/start", Map.of("page", page));
    }
}
