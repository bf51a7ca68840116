package fi.mittari.context.web;

import fi.mittari.context.ImportPreviews;
import fi.mittari.context.ImportPreviews.Kind;
import fi.mittari.context.ImportPreviews.Saved;
import fi.mittari.context.web.ContextFormPosts.ImportSavePost;
import fi.mittari.context.web.EventViews.PreviewPage;
import fi.mittari.context.web.EventViews.UploadPage;
import fi.mittari.security.Roles;
import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetReading;
import fi.mittari.web.PageLocale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Events or participation from a CSV or XLSX file, in two steps: the upload is read and held, a preview shows exactly
 * what saving would store (or every problem by row and column), and "save" stores all of it or nothing while "cancel"
 * forgets it. The API's one-step import ({@code ContextImportController}) reads files the same way.
 */
@Controller("/staff/events/import")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class EventImportPagesController {

    private static final Set<String> NOTICES = Set.of("cancelled", "gone");

    private final ImportPreviews previews;
    private final ImportPreviewModels models;
    private final PageLocale pageLocale;

    EventImportPagesController(ImportPreviews previews, ImportPreviewModels models, PageLocale pageLocale) {
        this.previews = previews;
        this.models = models;
        this.pageLocale = pageLocale;
    }

    @Get
    HttpResponse<?> form(@Nullable @QueryValue String kind, @Nullable @QueryValue String notice) {
        String shown = notice != null && NOTICES.contains(notice) ? notice : "";
        return upload(HttpStatus.OK, new UploadPage(kind(kind).name(), "", shown));
    }

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> read(
            @Nullable CompletedFileUpload file, @Nullable String kind, Authentication user, HttpRequest<?> request) {
        EventTexts texts = EventTexts.of(pageLocale.of(request));
        Kind chosen = kind(kind);
        if (file == null || file.getFilename() == null || file.getFilename().isBlank() || file.getSize() == 0) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, chosen, texts.get("events.problem.noFile"));
        }
        if (file.getSize() > ResponseSheet.MAX_BYTES) {
            return refused(HttpStatus.REQUEST_ENTITY_TOO_LARGE, chosen, texts.get("events.problem.tooLarge"));
        }
        SheetReading reading = isCsv(file)
                ? ResponseSheet.csv(bytes(file), ResponseSheet.MAX_ROWS)
                : ResponseSheet.xlsx(bytes(file), ResponseSheet.MAX_ROWS);
        if (reading instanceof SheetReading.Unreadable unreadable) {
            return refused(HttpStatus.UNPROCESSABLE_ENTITY, chosen, texts.problem(unreadable.message()));
        }
        String token = previews.hold(user.getName(), chosen, file.getFilename(), ((SheetReading.Read) reading).sheet());
        return HttpResponse.seeOther(URI.create("/staff/events/import/" + token));
    }

    @Get("/{token}")
    HttpResponse<?> preview(String token, Authentication user, HttpRequest<?> request) {
        EventTexts texts = EventTexts.of(pageLocale.of(request));
        return previews.show(token, user.getName())
                .<HttpResponse<?>>map(p -> preview(HttpStatus.OK, models.page(p, false, texts)))
                .orElseGet(EventImportPagesController::gone);
    }

    /** Stores the upload if it would still store what the preview showed ({@code fingerprint}); all or nothing. */
    @Post("/{token}/save")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(String token, @Body ImportSavePost form, Authentication user, HttpRequest<?> request) {
        EventTexts texts = EventTexts.of(pageLocale.of(request));
        Saved saved = previews.save(token, user.getName(), form.fingerprint());
        if (saved instanceof Saved.Stored stored) {
            return HttpResponse.seeOther(URI.create("/staff/events?imported=" + stored.rows()));
        }
        if (saved instanceof Saved.Changed changed) {
            return preview(HttpStatus.CONFLICT, models.page(changed.preview(), true, texts));
        }
        if (saved instanceof Saved.Refused refused) {
            return preview(HttpStatus.UNPROCESSABLE_ENTITY, models.page(refused.preview(), false, texts));
        }
        return gone();
    }

    @Post("/{token}/cancel")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> cancel(String token, Authentication user) {
        previews.cancel(token, user.getName());
        return HttpResponse.seeOther(URI.create("/staff/events/import?notice=cancelled"));
    }

    private static Kind kind(String kind) {
        return "participation".equalsIgnoreCase(kind) ? Kind.PARTICIPATION : Kind.EVENTS;
    }

    private static boolean isCsv(CompletedFileUpload file) {
        boolean typed = file.getContentType()
                .map(MediaType::getName)
                .filter("text/csv"::equalsIgnoreCase)
                .isPresent();
        return typed || file.getFilename().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    private static byte[] bytes(CompletedFileUpload file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<?> gone() {
        return HttpResponse.seeOther(URI.create("/staff/events/import?notice=gone"));
    }

    private static HttpResponse<?> refused(HttpStatus status, Kind kind, String problem) {
        return upload(status, new UploadPage(kind.name(), problem, ""));
    }

    private static HttpResponse<?> upload(HttpStatus status, UploadPage page) {
        return HttpResponse.<ModelAndView<?>>status(status)
                .body(new ModelAndView<>("events/import", Map.of("page", page)));
    }

    private static HttpResponse<?> preview(HttpStatus status, PreviewPage page) {
        return HttpResponse.<ModelAndView<?>>status(status)
                .body(new ModelAndView<>("events/preview", Map.of("page", page)));
    }
}
