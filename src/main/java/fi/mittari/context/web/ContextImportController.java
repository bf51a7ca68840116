package fi.mittari.context.web;

import fi.mittari.context.ImportOutcome;
import fi.mittari.context.ImportProblem;
import fi.mittari.context.ImportingContext;
import fi.mittari.security.Roles;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.SheetUpload;
import fi.mittari.web.UploadRefusal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;
import java.util.function.Function;

/**
 * Events and participation uploaded as one CSV or XLSX file (the body, typed text/csv or .xlsx, as paper forms are
 * uploaded): every row stored, or none with every bad row and column listed.
 */
@ApiErrors
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class ContextImportController {

    private final ImportingContext importing;

    ContextImportController(ImportingContext importing) {
        this.importing = importing;
    }

    @Post("/events/import")
    @Consumes({SheetUpload.CSV, SheetUpload.XLSX})
    @ApiResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = Imported.class)))
    HttpResponse<?> importEvents(@Body byte[] file, HttpRequest<?> request) {
        return upload(file, request, importing::importEvents);
    }

    /** Replaces the imported participation of each event the file names. */
    @Post("/participation/import")
    @Consumes({SheetUpload.CSV, SheetUpload.XLSX})
    @ApiResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = Imported.class)))
    HttpResponse<?> importParticipation(@Body byte[] file, HttpRequest<?> request) {
        return upload(file, request, importing::importParticipation);
    }

    private static HttpResponse<?> upload(
            byte[] file, HttpRequest<?> request, Function<ResponseSheet, ImportOutcome> importer) {
        return SheetUpload.read(file, request, sheet -> answer(importer.apply(sheet)));
    }

    private static HttpResponse<?> answer(ImportOutcome outcome) {
        if (outcome instanceof ImportOutcome.Stored stored) {
            return HttpResponse.created(new Imported(stored.rows(), stored.events()));
        }
        return HttpResponse.unprocessableEntity().body(refusal(((ImportOutcome.Refused) outcome).problems()));
    }

    private static UploadRefusal refusal(List<ImportProblem> problems) {
        return UploadRefusal.of(problems.stream()
                .map(p -> new UploadRefusal.RowError(p.row(), p.column(), p.message()))
                .toList());
    }

    /** {@code rows} stored for {@code events} events. */
    @Serdeable
    record Imported(int rows, int events) {}
}
