package fi.mittari.questionnaire.drafting;

import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.xlsform.XlsFormImport;
import fi.mittari.questionnaire.xlsform.XlsFormImporter;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * A questionnaire's draft from an XLSForm workbook (KoboToolbox, ODK), for the API and the staff page alike. A
 * workbook with rows that do not map is refused with every such row and nothing is stored, so that nothing of the
 * form is silently lost; otherwise its translation is saved like any draft, and the conversion's warnings come back to
 * be shown with their cells.
 */
@Singleton
public class XlsFormDrafts {

    /** The largest workbook read, the same as any uploaded body. */
    public static final int MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

    private final QuestionnaireDrafts drafts;

    XlsFormDrafts(QuestionnaireDrafts drafts) {
        this.drafts = drafts;
    }

    /** Saves the draft of questionnaire {@code key} (creating it when there is none) from the workbook. */
    public WorkbookDraft save(String key, byte[] workbook, String user) {
        if (workbook.length > MAX_WORKBOOK_BYTES) {
            return new WorkbookDraft.TooLarge();
        }
        XlsFormImport converted =
                new XlsFormImporter().importWorkbook(key + ".xlsx", new ByteArrayInputStream(workbook));
        if (converted.hasErrors()) {
            return new WorkbookDraft.Refused(converted.problems(), false);
        }
        return new WorkbookDraft.Converted(drafts.save(key, converted.yaml(), user), converted.problems());
    }

    /**
     * Starts a new questionnaire from the workbook {@code fileName}. Its key is {@code key} when given, else the
     * workbook's form_id, else the file's name; a key already in use is refused, so that an import never overwrites
     * a questionnaire.
     */
    public WorkbookDraft create(String fileName, Optional<String> key, byte[] workbook, String user) {
        if (workbook.length > MAX_WORKBOOK_BYTES) {
            return new WorkbookDraft.TooLarge();
        }
        XlsFormImport converted = new XlsFormImporter()
                .importWorkbook(key.map(k -> k + ".xlsx").orElse(fileName), new ByteArrayInputStream(workbook));
        if (converted.hasErrors()) {
            return new WorkbookDraft.Refused(converted.problems(), false);
        }
        String yaml = converted.yaml();
        if (key.isPresent() && QuestionnaireDocument.read(yaml) instanceof DocumentReading.Read read) {
            // the form_id may name another key; the one the staff member typed wins
            read.document().setKey(key.get());
            yaml = read.document().yaml();
        }
        DraftSaveOutcome saved = drafts.create(yaml, user);
        return new WorkbookDraft.Converted(saved, converted.problems());
    }
}
