package fi.mittari.context.web;

import fi.mittari.DuplicateKey;
import fi.mittari.context.ImportingCoached;
import fi.mittari.context.ImportingCoached.CoachedImport;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import fi.mittari.web.SheetUpload;
import fi.mittari.web.UploadRefusal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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

/** A project's coached participants from a CSV or XLSX file: every row stored, or none with every bad row listed. */
@ApiErrors
@Controller("/api/projects/{code}/coached-participants/import")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class CoachedImportController {

    private final ImportingCoached importing;

    CoachedImportController(ImportingCoached importing) {
        this.importing = importing;
    }

    @Post
    @Consumes({SheetUpload.CSV, SheetUpload.XLSX})
    @ApiResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = Imported.class)))
    HttpResponse<?> upload(String code, @Body byte[] file, HttpRequest<?> request) {
        return SheetUpload.read(file, request, sheet -> {
            try {
                return answer(importing.importCoached(code, sheet));
            } catch (RuntimeException e) {
                if (DuplicateKey.causedBy(e)) {
                    // another request added one of the file's pseudonyms between our check and our insert
                    return HttpResponse.status(HttpStatus.CONFLICT)
                            .body(ApiProblem.of("Another request added one of these pseudonyms at the same moment;"
                                    + " nothing was stored, send the file again"));
                }
                throw e;
            }
        });
    }

    private static HttpResponse<?> answer(CoachedImport outcome) {
        if (outcome instanceof CoachedImport.Imported imported) {
            return HttpResponse.created(new Imported(imported.added(), imported.updated()));
        }
        if (outcome instanceof CoachedImport.Refused refused) {
            return HttpResponse.unprocessableEntity()
                    .body(UploadRefusal.of(refused.problems().stream()
                            .map(p -> new UploadRefusal.RowError(p.row(), p.column(), p.message()))
                            .toList()));
        }
        return HttpResponse.notFound(ApiProblem.of(((CoachedImport.NoProject) outcome).message()));
    }

    /** {@code added} new participants, {@code updated} known ones whose dates the file replaced. */
    @Serdeable
    record Imported(int added, int updated) {}
}
