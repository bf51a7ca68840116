package fi.mittari.questionnaire;

/**
 * A decision over every type of question, one method a type, so that a new type of question fails to compile wherever
 * a decision about it is needed (see {@link Question#accept(QuestionVisitor)}). There are no defaults on purpose.
 *
 * @param <R> what the decision gives back
 */
public interface QuestionVisitor<R> {

    R visitSingleChoice(SingleChoiceQuestion question);

    R visitMultipleChoice(MultipleChoiceQuestion question);

    R visitRating(RatingQuestion question);

    R visitText(TextQuestion question);

    R visitYesNo(YesNoQuestion question);

    R visitNumber(NumberQuestion question);

    R visitDate(DateQuestion question);

    R visitTime(TimeQuestion question);

    R visitDateTime(DateTimeQuestion question);

    R visitConsent(ConsentQuestion question);

    R visitDisplayText(DisplayText question);

    R visitLikert(LikertQuestion question);

    R visitMatrix(MatrixQuestion question);

    R visitRanking(RankingQuestion question);

    R visitCalculate(CalculateQuestion question);
}
