package fi.mittari.context.web;

import fi.mittari.context.CodeLists;
import fi.mittari.context.web.ContextViews.EntryView;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
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
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** The code lists (region, sector, event_type): read by staff, changed by admins only. */
@ApiErrors
@Controller("/api/code-lists/{list}")
@ExecuteOn(TaskExecutors.BLOCKING)
class CodeListApiController {

    private final CodeLists codeLists;

    CodeListApiController(CodeLists codeLists) {
        this.codeLists = codeLists;
    }

    /** Every entry, retired ones too (stored rows may still name them), in the list's order. */
    @Get
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = EntryView.class))))
    HttpResponse<?> entries(String list) {
        if (!CodeLists.NAMES.contains(list)) {
            return HttpResponse.notFound(
                    ApiProblem.of("No code list '" + list + "': the lists are " + CodeLists.NAMES));
        }
        return HttpResponse.ok(
                codeLists.entries(list).stream().map(EntryView::of).toList());
    }

    /** Renames, reorders, retires or reactivates an entry, or adds one with a new code. Entries are never deleted. */
    @Put("/{code}")
    @Secured(Roles.ADMIN)
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = EntryView.class)))
    HttpResponse<?> change(String list, String code, @Body EntryRequest request) {
        return Answers.changed(
                codeLists.change(
                        list,
                        code,
                        new CodeLists.EntryChange(
                                request.nameFi(),
                                request.nameSv(),
                                request.nameEn(),
                                request.officialCode(),
                                request.position(),
                                request.active())),
                "The code list entry was not saved",
                EntryView::of);
    }

    @Serdeable
    record EntryRequest(
            @Nullable String nameFi,
            @Nullable String nameSv,
            @Nullable String nameEn,
            @Nullable String officialCode,
            @Nullable Integer position,
            @Nullable Boolean active) {}
}
