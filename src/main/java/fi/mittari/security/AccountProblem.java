package fi.mittari.security;

/**
 * Why a change to an account was refused: the form field it concerns and the message key (bundle {@code accounts})
 * that says so, naming the field by its label.
 */
public record AccountProblem(String field, String messageKey) {}
