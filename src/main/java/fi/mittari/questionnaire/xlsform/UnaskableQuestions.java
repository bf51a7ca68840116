package fi.mittari.questionnaire.xlsform;

/**
 * What the XLSForm import does with a question Mittari cannot ask: a location (geopoint, gps, geotrace, geoshape), a
 * photo, sound, video or file, a barcode or an OpenStreetMap question. Only the form author can say whether the form
 * still makes sense without them, so leaving them out is a choice made for one import, never the default.
 */
public enum UnaskableQuestions {
    /** The whole form is refused, with the cell of each such question and why Mittari cannot ask it. */
    REFUSE,
    /**
     * Each such question is left out of the questionnaire with a warning naming its cell; a group left empty goes too.
     * A form that still refers to a left-out answer elsewhere (a condition, a constraint, a calculation) is refused at
     * the cell of that reference, since Mittari cannot know what the form meant there without the answer.
     */
    LEAVE_OUT
}
