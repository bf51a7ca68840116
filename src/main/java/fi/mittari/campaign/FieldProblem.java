package fi.mittari.campaign;

/** A problem with one field of a request, in plain words. */
public record FieldProblem(String field, String message) {}
