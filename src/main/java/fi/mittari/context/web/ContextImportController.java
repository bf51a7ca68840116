package fi.mittari.context.web;

import fi.mittari.context.ImportOutcome;
import fi.mittari.context.ImportProblem;
import fi.mittari.context.ImportingContext;
import fi.mittari.security.Roles;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetReading;
import fi.mittari.web.ApiProblem;
import fi.mittari.web.UploadRefusal;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/**
 * Events and participation uploaded as one CSV or XLSX file (the body, typed text/csv or .xlsx, as paper forms are
 * uploaded): every row stored, or none with every bad row and column listed.
 */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class ContextImportController {

    static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ImportingContext importing;

    ContextImportController(ImportingContext importing) {
        this.importing = importing;
    }

    @Post("/events/import")
    @Consumes({CSV, XLSX})
    HttpResponse<?> importEvents(@Body byte[] file, HttpRequest<?> request) {
        return upload(file, request, importing::importEvents);
    }

    /** Replaces the imported participation of each event the file names. */
    @Post("/participation/import")
    @Consumes({CSV, XLSX})
    HttpResponse<?> importParticipation(@Body byte[] file, HttpRequest<?> request) {
        return upload(file, request, importing::importParticipation);
    }

    private static HttpResponse<?> upload(
            byte[] file, HttpRequest<?> request, Function<ResponseSheet, ImportOutcome> importer) {
        if (file.length > ResponseSheet.MAX_BYTES) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                    .body(ApiProblem.of("The file is larger than 10 MB; split it into smaller files"));
        }
        boolean csv = request.getContentType()
                .map(MediaType::getName)
                .filter(CSV::equalsIgnoreCase)
                .isPresent();
        SheetReading reading = csv
                ? ResponseSheet.csv(file, ResponseSheet.MAX_ROWS)
                : ResponseSheet.xlsx(file, ResponseSheet.MAX_ROWS);
        if (reading instanceof SheetReading.Unreadable unreadable) {
            return HttpResponse.unprocessableEntity().body(UploadRefusal.unreadable(unreadable.message()));
        }
        ImportOutcome outcome = importer.apply(((SheetReading.Read) reading).sheet());
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
