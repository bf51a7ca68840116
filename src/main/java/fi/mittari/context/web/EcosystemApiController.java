package fi.mittari.context.web;

import fi.mittari.context.Ecosystem;
import fi.mittari.context.EcosystemDraft;
import fi.mittari.context.Ecosystems;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.LocalDate;
import java.util.List;

/**
 * Ecosystems over the API: listed, and created or replaced whole by code. An ecosystem names either {@code projects}
 * or a {@code region} (a code of the region list), not both.
 */
@ApiErrors
@Controller("/api/ecosystems")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class EcosystemApiController {

    private final Ecosystems ecosystems;

    EcosystemApiController(Ecosystems ecosystems) {
        this.ecosystems = ecosystems;
    }

    @Get
    List<EcosystemView> list() {
        return ecosystems.all().stream().map(EcosystemView::of).toList();
    }

    @Get("/{code}")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = EcosystemView.class)))
    HttpResponse<?> one(String code) {
        return ecosystems
                .byCode(code)
                .<HttpResponse<?>>map(e -> HttpResponse.ok(EcosystemView.of(e)))
                .orElseGet(HttpResponse::notFound);
    }

    @Put("/{code}")
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = EcosystemView.class)))
    HttpResponse<?> save(String code, @Body EcosystemRequest request) {
        return Answers.changed(ecosystems.save(request.draft(code)), "The ecosystem was not saved", EcosystemView::of);
    }

    @Serdeable
    record EcosystemRequest(
            @Nullable String nameFi,
            @Nullable String nameSv,
            @Nullable String nameEn,
            @Nullable String startsOn,
            @Nullable String endsOn,
            @Nullable List<String> projects,
            @Nullable String region) {

        EcosystemDraft draft(String code) {
            return new EcosystemDraft(code, nameFi, nameSv, nameEn, startsOn, endsOn, projects, region);
        }
    }

    /**
     * An ecosystem as the API shows it; {@code scope} is the key its indicator values are stored under; {@code
     * projects} is empty for a region ecosystem, {@code region} null for a list of projects.
     */
    @Serdeable
    record EcosystemView(
            String code,
            String scope,
            String nameFi,
            String nameSv,
            String nameEn,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            List<String> projects,
            @Nullable String region) {

        static EcosystemView of(Ecosystem e) {
            return new EcosystemView(
                    e.code(),
                    "ecosystem:" + e.code(),
                    e.nameFi(),
                    e.nameSv(),
                    e.nameEn(),
                    e.startsOn().orElse(null),
                    e.endsOn().orElse(null),
                    e.projects(),
                    e.region().orElse(null));
        }
    }
}
