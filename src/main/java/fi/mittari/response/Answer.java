package fi.mittari.response;

/** One question's validated answer. */
public record Answer(String questionKey, AnswerValue value) {}
