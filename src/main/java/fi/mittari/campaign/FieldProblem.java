package fi.mittari.campaign;

import java.util.Arrays;
import java.util.List;

/**
 * A problem with one field of a request. {@code message} says it in plain English for the API; {@code reason} and
 * {@code arguments} name the same problem for the staff pages, which say it in the reader's language.
 */
public record FieldProblem(String field, String message, String reason, List<String> arguments) {

    public FieldProblem {
        arguments = List.copyOf(arguments);
    }

    static FieldProblem of(String field, String reason, String message, String... arguments) {
        return new FieldProblem(field, message, reason, Arrays.asList(arguments));
    }
}
