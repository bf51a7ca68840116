package fi.mittari.web;

import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetReading;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * An uploaded sheet (paper forms, events, participation) as the request body: CSV when the content type says
 * {@value #CSV}, else XLSX. Too large or unreadable files are refused here, the same way for every upload.
 */
public final class SheetUpload {

    public static final String CSV = "text/csv";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /**
     * Sheets read and imported at once, across all uploads. An .xlsx is read as a stream and stops at the row limit,
     * but the rows it keeps (up to 50,000) and their import in one transaction still weigh tens of MB each, and eight
     * whole-sheet reads at a time once exhausted the heap. Beyond this, 503 with Retry-After.
     */
    static final int AT_ONCE = 2;

    private static final Semaphore IMPORTING = new Semaphore(AT_ONCE);

    private SheetUpload() {}

    /** {@code then} with the file read as a table; 413 or 422 (with the reason) when it cannot be read. */
    public static HttpResponse<?> read(
            byte[] file, HttpRequest<?> request, Function<ResponseSheet, HttpResponse<?>> then) {
        if (file.length > ResponseSheet.MAX_BYTES) {
            return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                    .body(ApiProblem.of("The file is larger than 10 MB; split it into smaller files"));
        }
        if (!IMPORTING.tryAcquire()) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE)
                    .header(HttpHeaders.RETRY_AFTER, "30")
                    .body(ApiProblem.of("Other sheets are being imported (at most " + AT_ONCE
                            + " at a time); nothing was stored, send the file again in a minute"));
        }
        try {
            return readAndImport(file, request, then);
        } finally {
            IMPORTING.release();
        }
    }

    private static HttpResponse<?> readAndImport(
            byte[] file, HttpRequest<?> request, Function<ResponseSheet, HttpResponse<?>> then) {
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
        return then.apply(((SheetReading.Read) reading).sheet());
    }
}
