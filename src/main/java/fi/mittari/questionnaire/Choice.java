package fi.mittari.questionnaire;

/** One choice of a choice question: the value stored in answers and its label. */
public record Choice(String value, LocalizedText label) {}
