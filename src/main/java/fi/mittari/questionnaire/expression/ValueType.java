package fi.mittari.questionnaire.expression;

/**
 * The type of a question's answer, or of an expression. A single choice ({@link #CHOICE}) compares with text; a
 * multiple choice ({@link #CHOICES}) is only usable through {@code count}, {@code selected}, {@code empty} and
 * {@code answered}.
 */
public enum ValueType {
    BOOLEAN,
    NUMBER,
    TEXT,
    DATE,
    /** A time of day. */
    TIME,
    /** A date and a time of day, local wall-clock time. */
    DATETIME,
    CHOICE,
    CHOICES
}
