package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.AnswerCounting;
import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.questionnaire.web.DesignerFormPosts.DefinitionPost;
import fi.mittari.questionnaire.web.DesignerPages.Message;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import fi.mittari.yaml.DefinitionProblem;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff designer: the questionnaire list and the definition editor with problems shown at their lines; the change
 * summary before publishing is {@link PublishingController}'s. Every page works without JavaScript; each change is a
 * POST followed by a redirect.
 */
@Controller("/staff/questionnaires")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class DesignerController {

    private static final String STARTER =
            """
            key: my-questionnaire
            defaultLanguage: fi
            languages: [fi, sv, en]
            title: {fi: Kysely, sv: Enkät, en: Survey}
            questions:
              - key: satisfied
                type: rating
                required: true
                label:
                  fi: Kuinka tyytyväinen olit tilaisuuteen?
                  sv: Hur nöjd var du med evenemanget?
                  en: How satisfied were you with the event?
            """;

    private final QuestionnaireDrafts drafts;
    private final QuestionnaireCatalog catalog;
    private final AnswerCounting answers;
    private final PageLocale pageLocale;

    DesignerController(
            QuestionnaireDrafts drafts, QuestionnaireCatalog catalog, AnswerCounting answers, PageLocale pageLocale) {
        this.drafts = drafts;
        this.catalog = catalog;
        this.answers = answers;
        this.pageLocale = pageLocale;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    ModelAndView<?> list(
            HttpRequest<?> request, @Nullable @QueryValue String published, @Nullable @QueryValue Integer version) {
        Language language = languageOf(request);
        Map<String, Long> responses = answers.responsesPerQuestionnaire();
        Map<String, Draft> draftByKey = new java.util.TreeMap<>();
        drafts.all().forEach(d -> draftByKey.put(d.key(), d));
        Map<String, StoredQuestionnaire> liveByKey = new java.util.TreeMap<>();
        catalog.latestVersions().forEach(s -> liveByKey.put(s.key(), s));
        var keys = new java.util.TreeSet<String>();
        keys.addAll(draftByKey.keySet());
        keys.addAll(liveByKey.keySet());
        List<DesignerPages.ListPage.Row> rows = keys.stream()
                .map(key -> {
                    var live = Optional.ofNullable(liveByKey.get(key));
                    var draft = Optional.ofNullable(draftByKey.get(key));
                    String title = live.map(s -> s.questionnaire()
                                    .title()
                                    .in(language, s.questionnaire().defaultLanguage()))
                            .orElse("");
                    return new DesignerPages.ListPage.Row(
                            key,
                            title,
                            live.map(StoredQuestionnaire::versionNumber).orElse(null),
                            responses.getOrDefault(key, 0L),
                            draft.map(DesignerController::errorCount).orElse(null));
                })
                .toList();
        Message notice = published == null || version == null
                ? null
                : Message.of("questionnaires.notice.published", published, version);
        return new ModelAndView<>("designer/list", Map.of("page", new DesignerPages.ListPage(rows, notice)));
    }

    @Get("/new")
    ModelAndView<?> newQuestionnaire() {
        return editor("", true, STARTER, List.of(), null, null, List.of(), false);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body DefinitionPost form, Authentication user) {
        String definition = form.definition();
        DraftSaveOutcome outcome = drafts.create(definition, user.getName());
        if (outcome instanceof DraftSaveOutcome.Saved saved) {
            return afterSave(saved.draft().key(), form);
        }
        return refused(outcome, "", true, definition);
    }

    @Get("/{key}/edit")
    HttpResponse<?> edit(String key, @Nullable @QueryValue String saved) {
        Optional<Draft> draft = drafts.draft(key);
        Optional<String> text = draft.map(Draft::definition).or(() -> drafts.editableText(key));
        if (text.isEmpty()) {
            return HttpResponse.notFound(new ModelAndView<>("designer/list", Map.of("page", notFound(key))));
        }
        List<DefinitionProblem> problems = draft.map(d -> d.read().problems()).orElse(List.of());
        Message notice = saved == null
                ? draft.isPresent() ? null : Message.of("questionnaires.notice.noDraft")
                : problems.stream().anyMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                        ? Message.of("questionnaires.notice.savedWithProblems")
                        : Message.of("questionnaires.notice.saved");
        return HttpResponse.ok(
                editor(key, false, text.get(), problems, notice, null, languagesOf(key, draft), draft.isPresent()));
    }

    @Post("/{key}/edit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(String key, @Body DefinitionPost form, Authentication user) {
        String definition = form.definition();
        DraftSaveOutcome outcome = drafts.save(key, definition, user.getName());
        if (outcome instanceof DraftSaveOutcome.Saved) {
            return afterSave(key, form);
        }
        return refused(outcome, key, false, definition);
    }

    @Post("/{key}/discard")
    HttpResponse<?> discard(String key) {
        drafts.discard(key);
        return HttpResponse.seeOther(URI.create("/staff/questionnaires"));
    }

    private HttpResponse<?> afterSave(String key, DefinitionPost form) {
        return HttpResponse.seeOther(URI.create(
                form.thenPreview()
                        ? "/staff/questionnaires/" + key + "/preview"
                        : "/staff/questionnaires/" + key + "/edit?saved"));
    }

    /** Not saved: the text is shown again as typed, with the reason, so nothing the user wrote is lost. */
    private HttpResponse<?> refused(DraftSaveOutcome outcome, String key, boolean isNew, String definition) {
        if (outcome instanceof DraftSaveOutcome.KeyTaken taken) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(editor(
                            key,
                            isNew,
                            definition,
                            List.of(),
                            null,
                            Message.of("questionnaires.refusal.keyTaken", taken.key()),
                            List.of(),
                            false));
        }
        var noKey = (DraftSaveOutcome.NoUsableKey) outcome;
        return HttpResponse.unprocessableEntity()
                .body(editor(
                        key,
                        isNew,
                        definition,
                        noKey.problems(),
                        null,
                        Message.of("questionnaires.refusal.noUsableKey"),
                        List.of(),
                        !isNew));
    }

    private ModelAndView<?> editor(
            String key,
            boolean isNew,
            String definition,
            List<DefinitionProblem> problems,
            @Nullable Message notice,
            @Nullable Message refusal,
            List<Language> languages,
            boolean hasDraft) {
        var page = new DesignerPages.EditorPage(
                key,
                isNew,
                isNew ? "/staff/questionnaires" : "/staff/questionnaires/" + key + "/edit",
                definition,
                DesignerPages.problemLines(problems),
                DesignerPages.sourceLines(definition, problems),
                notice,
                refusal,
                DesignerPages.previewLinks(key, languages),
                hasDraft);
        return new ModelAndView<>("designer/editor", Map.of("page", page));
    }

    private List<Language> languagesOf(String key, Optional<Draft> draft) {
        return draft.map(Draft::read)
                .filter(DefinitionResult.Accepted.class::isInstance)
                .map(read -> ((DefinitionResult.Accepted) read).questionnaire().languages())
                .or(() -> catalog.latest(key).map(s -> s.questionnaire().languages()))
                .orElse(List.of());
    }

    private static DesignerPages.ListPage notFound(String key) {
        return new DesignerPages.ListPage(List.of(), Message.of("questionnaires.notice.notFound", key));
    }

    private static long errorCount(Draft draft) {
        return draft.read().problems().stream()
                .filter(p -> p.severity() == DefinitionProblem.Severity.ERROR)
                .count();
    }

    private Language languageOf(HttpRequest<?> request) {
        return Language.fromCode(pageLocale.of(request).getLanguage()).orElse(Language.FI);
    }
}
