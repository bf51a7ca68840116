package fi.mittari.questionnaire.drafting;

import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * A questionnaire's editable text as a document: the draft, or the live version's text when there is no draft yet
 * (saving it then starts the draft). What is saved is the document's own text, so untouched lines stay as written.
 */
@Singleton
public class DraftDocuments {

    private final QuestionnaireDrafts drafts;

    DraftDocuments(QuestionnaireDrafts drafts) {
        this.drafts = drafts;
    }

    /** Empty when the questionnaire has neither a draft nor a version. */
    public Optional<DocumentReading> read(String key) {
        return drafts.editableText(key).map(QuestionnaireDocument::read);
    }

    public DraftSaveOutcome save(String key, QuestionnaireDocument document, String user) {
        return drafts.save(key, document.yaml(), user);
    }

    /** A new questionnaire's first draft; refused when its key is taken or unusable. */
    public DraftSaveOutcome create(QuestionnaireDocument document, String user) {
        return drafts.create(document.yaml(), user);
    }
}
