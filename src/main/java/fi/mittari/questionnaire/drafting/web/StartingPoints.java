package fi.mittari.questionnaire.drafting.web;

import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.Place;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.drafting.DraftDocuments;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Starts a new questionnaire's draft from a text (a copy or a sample): the new key set with {@code setKey}, the title
 * replaced in the languages given, everything else as written. The key is checked first, so that "taken" and "not a
 * key" are said plainly, before anything is stored.
 */
@Singleton
class StartingPoints {

    static final int MAX_TITLE = 200;

    private final DraftDocuments documents;
    private final QuestionnaireCatalog catalog;
    private final QuestionnaireDrafts drafts;

    StartingPoints(DraftDocuments documents, QuestionnaireCatalog catalog, QuestionnaireDrafts drafts) {
        this.documents = documents;
        this.catalog = catalog;
        this.drafts = drafts;
    }

    /** The problems with the new key and titles; empty when the draft was created. */
    List<StartPage.Problem> start(String text, String key, Map<Language, String> titles, String user) {
        List<StartPage.Problem> problems = new ArrayList<>(check(key, titles));
        if (!problems.isEmpty()) {
            return problems;
        }
        if (!(QuestionnaireDocument.read(text) instanceof DocumentReading.Read read)) {
            return List.of(new StartPage.Problem("source", "drafting.start.problem.unreadable", ""));
        }
        QuestionnaireDocument document = read.document();
        document.setKey(key);
        if (titles.values().stream().anyMatch(t -> !t.isBlank())) {
            Map<Language, String> title = new EnumMap<>(Language.class);
            title.putAll(document.text(new Place.Root(), "title"));
            titles.forEach((language, value) -> {
                if (!value.isBlank()) {
                    title.put(language, value.strip());
                }
            });
            document.setText(new Place.Root(), "title", title);
        }
        DraftSaveOutcome outcome = documents.create(document, user);
        if (outcome instanceof DraftSaveOutcome.KeyTaken) {
            // Taken between the check and the insert, by someone else.
            return List.of(new StartPage.Problem("key", "drafting.start.problem.taken", key));
        }
        return outcome instanceof DraftSaveOutcome.Saved
                ? List.of()
                : List.of(new StartPage.Problem("source", "drafting.start.problem.unreadable", ""));
    }

    private List<StartPage.Problem> check(String key, Map<Language, String> titles) {
        List<StartPage.Problem> problems = new ArrayList<>();
        if (key.isBlank()) {
            problems.add(new StartPage.Problem("key", "drafting.start.problem.keyMissing", ""));
        } else if (!QuestionnaireYamlReader.QUESTIONNAIRE_KEY.matcher(key).matches()) {
            problems.add(new StartPage.Problem("key", "drafting.start.problem.keyForm", ""));
        } else if (catalog.latest(key).isPresent() || drafts.draft(key).isPresent()) {
            problems.add(new StartPage.Problem("key", "drafting.start.problem.taken", key));
        }
        titles.forEach((language, title) -> {
            if (title.length() > MAX_TITLE) {
                problems.add(new StartPage.Problem("title." + language.code(), "drafting.start.problem.titleLong", ""));
            }
        });
        return problems;
    }
}
