package fi.mittari.questionnaire.xlsform;

import fi.mittari.questionnaire.Language;

/**
 * What the choices sheet tells a choice_filter beyond the columns: the language a bare {@code label} column is in, and
 * the rows of repeated choices kept as one.
 */
record ChoiceFilterSource(Language defaultLanguage, ChoiceRepeats repeats) {

    /** For a translator used without a choices sheet, as in tests of single expressions. */
    static ChoiceFilterSource none() {
        return new ChoiceFilterSource(Language.FI, new ChoiceRepeats(false));
    }
}
