package fi.mittari.questionnaire;

/**
 * Kinds of question that several features single out. Each is a switch over {@link QuestionType} without a default,
 * so a new type of question must be placed in or out of every kind before it compiles.
 */
public final class QuestionKinds {

    private QuestionKinds() {}

    /** Free text, which may say anything, names and health included. */
    public static boolean openText(Question question) {
        return switch (QuestionType.of(question)) {
            case TEXT -> true;
            case SINGLE_CHOICE,
                    MULTIPLE_CHOICE,
                    RATING,
                    YES_NO,
                    NUMBER,
                    DATE,
                    TIME,
                    DATETIME,
                    CONSENT,
                    NOTE,
                    LIKERT,
                    MATRIX,
                    RANKING,
                    CALCULATE -> false;
        };
    }

    /** A statement the respondent accepts, whose wording is kept with the answer. */
    public static boolean consent(Question question) {
        return switch (QuestionType.of(question)) {
            case CONSENT -> true;
            case SINGLE_CHOICE,
                    MULTIPLE_CHOICE,
                    RATING,
                    TEXT,
                    YES_NO,
                    NUMBER,
                    DATE,
                    TIME,
                    DATETIME,
                    NOTE,
                    LIKERT,
                    MATRIX,
                    RANKING,
                    CALCULATE -> false;
        };
    }
}
