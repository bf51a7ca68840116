package fi.mittari.questionnaire;

/** A question of a questionnaire; the closed set of question types. */
public sealed interface Question
        permits SingleChoiceQuestion,
                MultipleChoiceQuestion,
                RatingQuestion,
                TextQuestion,
                YesNoQuestion,
                NumberQuestion,
                DateQuestion,
                ConsentQuestion,
                DisplayText,
                LikertQuestion,
                MatrixQuestion,
                RankingQuestion {

    /** Stable within the questionnaire; answers are stored under it. */
    String key();

    LocalizedText label();

    /** Help text shown under the label; empty when there is none. */
    LocalizedText hint();

    boolean required();

    /** The concept it measures and whether its answers are personal data. */
    Classification classification();

    /**
     * The choices when the answer is exactly one of a fixed list (single choice, yes/no, Likert), which is what share
     * indicators are computed over; empty for every other kind of question.
     */
    default java.util.List<Choice> singleAnswerChoices() {
        return java.util.List.of();
    }

    /** False for display-only text, which shows words and takes no answer. */
    default boolean takesAnswer() {
        return true;
    }
}
