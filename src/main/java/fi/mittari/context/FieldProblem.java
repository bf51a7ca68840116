package fi.mittari.context;

/** A problem with one field of a request, in plain words; {@code field} names it as the client wrote it. */
public record FieldProblem(String field, String message) {}
