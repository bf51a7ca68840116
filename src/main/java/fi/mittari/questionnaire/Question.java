package fi.mittari.questionnaire;

/** A question of a questionnaire; the closed set of question types. */
public sealed interface Question permits SingleChoiceQuestion, MultipleChoiceQuestion, RatingQuestion, TextQuestion {

    /** Stable within the questionnaire; answers are stored under it. */
    String key();

    LocalizedText label();

    /** Help text shown under the label; empty when there is none. */
    LocalizedText hint();

    boolean required();
}
