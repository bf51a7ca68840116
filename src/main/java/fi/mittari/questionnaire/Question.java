package fi.mittari.questionnaire;

/** A question of a questionnaire; the closed set of question types. */
public sealed interface Question
        permits SingleChoiceQuestion, MultipleChoiceQuestion, RatingQuestion, TextQuestion {

    String key();

    LocalizedText label();

    LocalizedText hint();

    boolean required();
}
