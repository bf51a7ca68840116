package fi.mittari.questionnaire.drafting;

import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.yaml.DefinitionProblem;
import java.util.List;

/** What became of an XLSForm workbook offered as a questionnaire's draft. */
public sealed interface WorkbookDraft {

    /** Not read: larger than {@link XlsFormDrafts#MAX_WORKBOOK_BYTES}. Nothing was stored. */
    record TooLarge() implements WorkbookDraft {}

    /**
     * Not saved: rows that do not map, each an error at its cell (the warnings come along). {@code withoutUnaskable}
     * says that the workbook would import if the questions Mittari cannot ask were left out, so that the choice can be
     * offered. Nothing was stored.
     */
    record Refused(List<DefinitionProblem> problems, boolean withoutUnaskable) implements WorkbookDraft {

        public Refused {
            problems = List.copyOf(problems);
        }
    }

    /**
     * Converted, and then saved as a draft or refused for its key ({@code saved}); {@code warnings} are what the
     * conversion lost or changed, each at its cell.
     */
    record Converted(DraftSaveOutcome saved, List<DefinitionProblem> warnings) implements WorkbookDraft {

        public Converted {
            warnings = List.copyOf(warnings);
        }
    }
}
