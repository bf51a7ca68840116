package fi.mittari.indicator;

/** How many respondents chose one choice of one question. */
public record ChoiceCount(String questionKey, String choiceValue, long respondents) {}
