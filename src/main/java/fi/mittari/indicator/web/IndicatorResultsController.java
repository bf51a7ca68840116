package fi.mittari.indicator.web;

import fi.mittari.indicator.definition.IndicatorCatalog;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.engine.IndicatorScope;
import fi.mittari.indicator.engine.IndicatorValues;
import fi.mittari.indicator.engine.ResolvingIndicatorScope;
import fi.mittari.indicator.engine.StoredIndicatorValue;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The published indicator values of a scope (a project or all, and a period), as the engine stored them. */
@ApiErrors
@Controller("/api/indicators")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class IndicatorResultsController {

    private final IndicatorValues values;
    private final IndicatorCatalog catalog;
    private final ResolvingIndicatorScope scopes;
    private final JsonMapper json;

    IndicatorResultsController(
            IndicatorValues values, IndicatorCatalog catalog, ResolvingIndicatorScope scopes, JsonMapper json) {
        this.values = values;
        this.catalog = catalog;
        this.scopes = scopes;
        this.json = json;
    }

    @Get("/results")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = IndicatorResultsJson.class)))
    HttpResponse<?> results(
            @Nullable @QueryValue String project,
            @Nullable @QueryValue String ecosystem,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue String indicator,
            @Nullable @QueryValue String breakdown) {
        IndicatorScope scope;
        try {
            scope = scopes.resolve(
                    Optional.ofNullable(project),
                    Optional.ofNullable(ecosystem),
                    Optional.ofNullable(from),
                    Optional.ofNullable(to));
        } catch (IllegalArgumentException bad) {
            return HttpResponse.unprocessableEntity().body(ApiProblem.of(bad.getMessage()));
        }
        List<IndicatorResultsJson.Value> found =
                values.published(scope, Optional.ofNullable(indicator), Optional.ofNullable(breakdown)).stream()
                        .map(this::json)
                        .toList();
        return HttpResponse.ok(new IndicatorResultsJson(scope.projectCode(), scope.from(), scope.to(), found));
    }

    private IndicatorResultsJson.Value json(StoredIndicatorValue stored) {
        Optional<Integer> decimals = catalog.byCode(stored.indicatorCode()).map(IndicatorDefinition::decimals);
        IndicatorResultsJson.Interval interval =
                stored.intervalLow().isPresent() && stored.intervalHigh().isPresent()
                        ? new IndicatorResultsJson.Interval(
                                plain(stored.intervalLow().get().setScale(4, RoundingMode.HALF_UP)),
                                plain(stored.intervalHigh().get().setScale(4, RoundingMode.HALF_UP)),
                                0.95)
                        : null;
        return new IndicatorResultsJson.Value(
                stored.indicatorCode(),
                stored.breakdownKey(),
                stored.groupKey(),
                stored.groupLabel().orElse(null),
                stored.value()
                        .map(v -> decimals.map(d -> v.setScale(d, RoundingMode.HALF_UP))
                                .orElseGet(() -> plain(v)))
                        .orElse(null),
                stored.n().orElse(null),
                stored.numerator().orElse(null),
                stored.denominator().orElse(null),
                interval,
                stored.extra().map(this::details).orElse(null),
                stored.suppressed(),
                stored.suppressionReason().orElse(null),
                stored.computedAt(),
                stored.jobExecutionId());
    }

    private Map<String, Object> details(String extra) {
        try {
            return json.readValue(extra, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("stored details are not JSON: " + extra, e);
        }
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
