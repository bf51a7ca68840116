package fi.mittari.context.web;

import fi.mittari.context.FieldProblem;
import fi.mittari.context.Recorded;
import fi.mittari.web.ApiProblem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/** The API's answer to a {@link Recorded} outcome: 200/201, 422 naming the fields, 404 or 409. */
final class Answers {

    private Answers() {}

    static <T, V> HttpResponse<?> changed(Recorded<T> outcome, String failure, Function<T, V> view) {
        if (outcome instanceof Recorded.Saved<T> saved) {
            return HttpResponse.ok(view.apply(saved.value()));
        }
        return failed(outcome, failure);
    }

    static <T, V> HttpResponse<?> created(
            Recorded<T> outcome, String failure, Function<T, V> view, Function<T, String> location) {
        if (outcome instanceof Recorded.Saved<T> saved) {
            return HttpResponse.created(view.apply(saved.value()), URI.create(location.apply(saved.value())));
        }
        return failed(outcome, failure);
    }

    private static HttpResponse<?> failed(Recorded<?> outcome, String failure) {
        if (outcome instanceof Recorded.Refused<?> refused) {
            return HttpResponse.unprocessableEntity().body(problem(failure, refused.problems()));
        }
        if (outcome instanceof Recorded.Taken<?> taken) {
            return HttpResponse.status(HttpStatus.CONFLICT).body(problem(failure, List.of(taken.problem())));
        }
        return HttpResponse.notFound(ApiProblem.of(((Recorded.Missing<?>) outcome).message()));
    }

    static ApiProblem problem(String message, List<FieldProblem> problems) {
        return new ApiProblem(
                message,
                problems.stream()
                        .map(p -> new ApiProblem.Detail(p.field(), "invalid", p.message()))
                        .toList());
    }

    static String text(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof java.math.BigDecimal number ? number.toPlainString() : value.toString();
    }
}
