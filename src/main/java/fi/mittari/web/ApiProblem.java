package fi.mittari.web;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The body of every API error: a summary and, where fields or questions were at fault, one entry per problem. */
@Serdeable
public record ApiProblem(String message, List<Detail> errors) {

    public static ApiProblem of(String message) {
        return new ApiProblem(message, List.of());
    }

    /** {@code field} names the request field or question key at fault. */
    @Serdeable
    public record Detail(String field, String code, String message) {}
}
