package fi.mittari.indicator.engine;

/**
 * One answer that may pair with another of the same person: its project, the person's pseudonym, the questionnaire
 * (the baseline's or the follow-up's) and the answer as a number. Read in the order the pairing needs (see
 * {@link PairedAnswers}).
 */
public record PairedAnswer(String projectCode, String projectName, String person, String questionnaire, double value) {}
