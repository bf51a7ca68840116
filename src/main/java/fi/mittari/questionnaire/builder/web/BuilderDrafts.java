package fi.mittari.questionnaire.builder.web;

import fi.mittari.questionnaire.CodeListSnapshot;
import fi.mittari.questionnaire.CodeListSource;
import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.builder.QuestionnaireLayout;
import fi.mittari.web.PageLocale;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Opens a questionnaire's editable text (its draft, else its live version) as a document for the builder pages, and
 * stores what they change as the draft. The draft is saved with its problems, as in the YAML editor; a text the
 * document cannot read (not YAML at all) is sent to the YAML editor, where its line is shown.
 */
@Singleton
class BuilderDrafts {

    private final QuestionnaireDrafts drafts;
    private final PageLocale pageLocale;
    private final CodeListSource codeLists;

    BuilderDrafts(QuestionnaireDrafts drafts, PageLocale pageLocale, CodeListSource codeLists) {
        this.drafts = drafts;
        this.pageLocale = pageLocale;
        this.codeLists = codeLists;
    }

    /**
     * An open questionnaire: its document, the problems the reader found in the draft, and the code lists as they
     * were when it was opened (the choices of its {@code choicesFrom} questions).
     */
    record Opened(
            String key,
            QuestionnaireDocument document,
            List<DefinitionProblem> problems,
            boolean hasDraft,
            CodeListSnapshot codeLists) {

        /** The pages and questions as pickers and plain messages see them, as the document stands now. */
        QuestionnaireLayout layout() {
            return QuestionnaireLayout.of(document, codeLists);
        }
    }

    /** Runs {@code page} on the opened questionnaire; a missing one is 404, an unreadable one the explanation page. */
    HttpResponse<?> with(String key, Function<Opened, HttpResponse<?>> page) {
        Optional<Draft> draft = drafts.draft(key);
        Optional<String> text = draft.map(Draft::definition).or(() -> drafts.editableText(key));
        if (text.isEmpty()) {
            return HttpResponse.notFound(new ModelAndView<>(
                    "builder/unreadable", Map.of("page", new BuilderPages.Unreadable(key, 0, 0, ""))));
        }
        DocumentReading reading = QuestionnaireDocument.read(text.get());
        if (reading instanceof DocumentReading.Unreadable unreadable) {
            return unreadable(key, unreadable.line(), unreadable.column(), unreadable.reason());
        }
        QuestionnaireDocument document = ((DocumentReading.Read) reading).document();
        List<DefinitionProblem> problems = draft.map(d -> d.read().problems()).orElse(List.of());
        try {
            return page.apply(new Opened(key, document, problems, draft.isPresent(), codeLists.current()));
        } catch (IllegalArgumentException | IndexOutOfBoundsException gone) {
            // A question or page addressed by a stale link (removed or moved meanwhile): back to the overview.
            return HttpResponse.seeOther(URI.create(BuilderLinks.builder(key)));
        }
    }

    /** Saves the document as the draft and goes to {@code then}; a refusal (another key) is shown as unreadable. */
    HttpResponse<?> save(Opened opened, String user, String then) {
        DraftSaveOutcome outcome = drafts.save(opened.key(), opened.document().yaml(), user);
        if (outcome instanceof DraftSaveOutcome.NoUsableKey refused) {
            DefinitionProblem first = refused.problems().get(0);
            return unreadable(opened.key(), first.line(), first.column(), first.message());
        }
        return HttpResponse.seeOther(URI.create(then));
    }

    private static HttpResponse<?> unreadable(String key, int line, int column, String reason) {
        return HttpResponse.unprocessableEntity()
                .body(new ModelAndView<>(
                        "builder/unreadable", Map.of("page", new BuilderPages.Unreadable(key, line, column, reason))));
    }

    /** The staff page's language, in which problems are told plainly. */
    Locale locale(HttpRequest<?> request) {
        return pageLocale.of(request);
    }

    /** The staff page's language when the questionnaire offers it, else the questionnaire's default. */
    Language viewLanguage(HttpRequest<?> request, QuestionnaireDocument document) {
        return Language.fromCode(pageLocale.of(request).getLanguage())
                .filter(document.languages()::contains)
                .orElse(document.defaultLanguage());
    }
}
