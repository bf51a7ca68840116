package fi.mittari.context;

import java.util.List;

/**
 * A problem with one field of a request, in plain words; {@code field} names it as the client wrote it. {@code rule}
 * names the broken rule ({@code required}, {@code tooLong}…) and {@code arguments} its figures, so that a page can say
 * the same in its own language; empty when only the English message exists.
 */
public record FieldProblem(String field, String message, String rule, List<String> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    public FieldProblem(String field, String message) {
        this(field, message, "", List.of());
    }
}
