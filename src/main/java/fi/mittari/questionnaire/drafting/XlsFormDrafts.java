package fi.mittari.questionnaire.drafting;

import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.questionnaire.xlsform.UnaskableQuestions;
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
    private final QuestionnaireCatalog catalog;

    XlsFormDrafts(QuestionnaireDrafts drafts, QuestionnaireCatalog catalog) {
        this.drafts = drafts;
        this.catalog = catalog;
    }

    /**
     * Saves the draft of questionnaire {@code key} (creating it when there is none) from the workbook; {@code
     * unaskable} says whether questions Mittari cannot ask refuse the workbook or are left out.
     */
    public WorkbookDraft save(String key, byte[] workbook, UnaskableQuestions unaskable, String user) {
        if (workbook.length > MAX_WORKBOOK_BYTES) {
            return new WorkbookDraft.TooLarge();
        }
        XlsFormImport converted = read(key + ".xlsx", workbook, unaskable);
        if (converted.hasErrors()) {
            return new WorkbookDraft.Refused(converted.problems(), false);
        }
        return new WorkbookDraft.Converted(drafts.save(key, converted.yaml(), user), converted.problems());
    }

    /**
     * Starts a new questionnaire from the workbook {@code fileName}. Its key is {@code key} when given, else the
     * workbook's form_id, else the file's name; a key already in use is refused, so that an import never overwrites
     * a questionnaire, unless it is this same import again ({@link #sameImportAgain}). {@code unaskable} says whether questions Mittari cannot ask refuse the form or are left out; a
     * refusal says whether leaving them out would let it import.
     */
    public WorkbookDraft create(
            String fileName, Optional<String> key, byte[] workbook, UnaskableQuestions unaskable, String user) {
        if (workbook.length > MAX_WORKBOOK_BYTES) {
            return new WorkbookDraft.TooLarge();
        }
        String source = key.map(k -> k + ".xlsx").orElse(fileName);
        XlsFormImport converted = read(source, workbook, unaskable);
        if (converted.hasErrors()) {
            // Read again, leaving them out, rather than guessing from the messages which rows were the cause.
            boolean withoutUnaskable = unaskable == UnaskableQuestions.REFUSE
                    && !read(source, workbook, UnaskableQuestions.LEAVE_OUT).hasErrors();
            return new WorkbookDraft.Refused(converted.problems(), withoutUnaskable);
        }
        String yaml = converted.yaml();
        if (key.isPresent() && QuestionnaireDocument.read(yaml) instanceof DocumentReading.Read read) {
            // the form_id may name another key; the one the staff member typed wins
            read.document().setKey(key.get());
            yaml = read.document().yaml();
        }
        DraftSaveOutcome saved = drafts.create(yaml, user);
        if (saved instanceof DraftSaveOutcome.KeyTaken taken) {
            saved = sameImportAgain(taken.key(), yaml, user).orElse(saved);
        }
        return new WorkbookDraft.Converted(saved, converted.problems());
    }

    /**
     * The draft this very import made, when the same workbook comes again from the same person: a reload of the page
     * that showed the import's notes posts the form again, and should show them again rather than call the key taken.
     * The notes are kept nowhere (any instance may answer the reload), so they are found again by converting the same
     * workbook. It is the same import only while nothing else has happened to the questionnaire: its draft is still
     * the converted text, saved by this person, and no version of it has been published.
     */
    private Optional<DraftSaveOutcome> sameImportAgain(String key, String yaml, String user) {
        if (catalog.latest(key).isPresent()) {
            return Optional.empty();
        }
        return drafts.draft(key)
                .filter(draft ->
                        draft.definition().equals(yaml) && draft.updatedBy().equals(user))
                .map(draft -> new DraftSaveOutcome.Saved(draft, false));
    }

    private static XlsFormImport read(String source, byte[] workbook, UnaskableQuestions unaskable) {
        return new XlsFormImporter().importWorkbook(source, new ByteArrayInputStream(workbook), unaskable);
    }
}
