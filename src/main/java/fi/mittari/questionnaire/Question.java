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
                TimeQuestion,
                DateTimeQuestion,
                ConsentQuestion,
                DisplayText,
                LikertQuestion,
                MatrixQuestion,
                RankingQuestion,
                CalculateQuestion {

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

    /**
     * The expression whose value the server stores as this question's answer, for a calculation; empty for every
     * question a respondent answers (and for notes).
     */
    default java.util.Optional<fi.mittari.questionnaire.expression.Expression> calculation() {
        return java.util.Optional.empty();
    }

    /** The decision of the visitor for this type of question. */
    <R> R accept(QuestionVisitor<R> visitor);

    /** The type as written in definition files: single_choice, rating, … ({@code note} for display text). */
    String typeName();

    /**
     * Every choice an answer may name, retired ones and "other" included, in order: a Likert scale's points, yes and
     * no, a matrix's shared scale, the choices to rank; empty for questions answered without choices.
     */
    java.util.List<Choice> answerChoices();

    /** The "other, please specify" choice when the question offers one after its choices. */
    java.util.Optional<OtherChoice> other();
}
