package fi.mittari.response;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Why one question's answer was refused. {@code arguments} fill the reason's message (for example the allowed range);
 * the web layer words it in the respondent's language. A bound stays a value (a {@code LocalDate}, {@code LocalTime},
 * {@code LocalDateTime} or {@code BigDecimal}), so that each language can write it as its respondents type it.
 */
public record AnswerProblem(String questionKey, Reason reason, List<Object> arguments) {

    public AnswerProblem {
        arguments = List.copyOf(arguments);
    }

    public enum Reason {
        REQUIRED,
        NOT_A_CHOICE,
        ONE_CHOICE_ONLY,
        NOT_AN_INTEGER,
        OUT_OF_RANGE,
        TOO_LONG,
        UNKNOWN_QUESTION,
        NOT_A_NUMBER,
        NOT_A_DATE,
        NOT_A_TIME,
        NOT_A_DATETIME,
        BELOW_MIN,
        ABOVE_MAX,
        /** A date, time or datetime before the question's earliest: "at least" reads wrongly of a moment. */
        TOO_EARLY,
        TOO_LATE,
        NOT_ACCEPTED,
        CONSTRAINT,
        TOO_FEW_CHOICES,
        TOO_MANY_CHOICES,
        EXCLUSIVE_CHOICE,
        ITEM_REQUIRED,
        OTHER_TEXT_REQUIRED,
        RANK_OUT_OF_RANGE,
        RANK_TWICE,
        RANK_MISSING,
        RANKED_TWICE,
        FILTERED_OUT
    }

    /** The message in English, for API clients and logs (never containing the answer itself). */
    public String englishMessage() {
        return switch (reason) {
            case REQUIRED -> "an answer is required";
            case NOT_A_CHOICE -> "not one of the choices " + arguments.get(0);
            case ONE_CHOICE_ONLY -> "only one choice may be selected";
            case NOT_AN_INTEGER -> "must be a whole number";
            case OUT_OF_RANGE -> "must be between " + arguments.get(0) + " and " + arguments.get(1);
            case TOO_LONG -> "must be at most " + arguments.get(0) + " characters";
            case UNKNOWN_QUESTION -> "the questionnaire has no such question";
            case NOT_A_NUMBER -> "must be a number";
            case NOT_A_DATE -> "must be a date like 2025-01-31";
            case NOT_A_TIME -> "must be a time of day like 09:30";
            case NOT_A_DATETIME -> "must be a date and time like 2025-01-31T09:30";
            case BELOW_MIN -> "must be at least " + iso(arguments.get(0));
            case ABOVE_MAX -> "must be at most " + iso(arguments.get(0));
            case TOO_EARLY -> "must be " + iso(arguments.get(0)) + " or later";
            case TOO_LATE -> "must be " + iso(arguments.get(0)) + " or earlier";
            case NOT_ACCEPTED -> "must be accepted to continue";
            case CONSTRAINT -> "does not meet the question's constraint";
            case TOO_FEW_CHOICES -> "choose at least " + arguments.get(0);
            case TOO_MANY_CHOICES -> "choose at most " + arguments.get(0);
            case EXCLUSIVE_CHOICE -> "'" + arguments.get(0) + "' cannot be chosen together with other choices";
            case ITEM_REQUIRED -> "choose one for this item";
            case OTHER_TEXT_REQUIRED -> "specify what 'other' means";
            case RANK_OUT_OF_RANGE -> "ranks must be whole numbers from 1 to " + arguments.get(0);
            case RANK_TWICE -> "rank " + arguments.get(0) + " is given more than once";
            case RANK_MISSING -> "rank " + arguments.get(0) + " is missing: give ranks from 1 without gaps";
            case RANKED_TWICE -> "'" + arguments.get(0) + "' is ranked more than once";
            case FILTERED_OUT -> "'" + arguments.get(0) + "' is not offered for the earlier answers (choice filter)";
        };
    }

    /** A bound as the API writes it, the same in every language: "2026-12-03", "09:30", "2026-12-03 09:30", "2.5". */
    private static String iso(Object bound) {
        if (bound instanceof LocalDateTime dateTime) {
            return ClockText.shown(dateTime);
        }
        return bound instanceof BigDecimal number ? number.toPlainString() : bound.toString();
    }
}
