package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.drafting.XlsFormDrafts;
import fi.mittari.questionnaire.xlsform.UnaskableQuestions;
import fi.mittari.questionnaire.xlsform.XlsFormExporter;
import fi.mittari.questionnaire.xlsform.XlsFormImport;
import fi.mittari.questionnaire.xlsform.XlsFormImporter;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * XLSForm, the spreadsheet format of KoboToolbox and ODK: export any stored questionnaire, and convert a workbook into
 * Mittari's YAML with every row that does not map reported, then checked by the same reader as files are.
 */
@ApiErrors
@Controller("/api/questionnaires")
@ExecuteOn(TaskExecutors.BLOCKING)
class XlsFormApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The description of the {@code unaskable} query parameter, the same on every XLSForm import. */
    static final String UNASKABLE_PARAMETER =
            "What to do with questions Mittari cannot ask (locations, photos, sound, video, files, barcodes,"
                    + " OpenStreetMap): 'refuse' (the default) refuses the form with each such row; 'leave-out' leaves"
                    + " them and the groups they empty out of the questionnaire, each with a warning at its cell, and"
                    + " refuses a cell that still refers to one of them";

    private final QuestionnaireCatalog catalog;

    XlsFormApiController(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    /** The latest version, or {@code ?version=n}. */
    @Get("/{key}/xlsform")
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    @ApiResponse(
            responseCode = "200",
            description = "The XLSForm workbook",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> export(String key, @Nullable @QueryValue Integer version) throws IOException {
        var stored = version == null ? catalog.latest(key) : catalog.version(key, version);
        if (stored.isEmpty()) {
            return HttpResponse.notFound(ApiProblem.of(
                    "No questionnaire with key '" + key + "'" + (version == null ? "" : " and version " + version)));
        }
        var out = new ByteArrayOutputStream();
        new XlsFormExporter().export(stored.get().questionnaire(), out);
        return HttpResponse.ok(out.toByteArray())
                .contentType(MediaType.of(XLSX))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"" + key + "-v" + stored.get().versionNumber() + ".xlsx\"");
    }

    /** Converts an uploaded .xlsx (the request body) to YAML; nothing is stored. */
    @Post("/xlsform")
    @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @Secured({Roles.ADMIN, Roles.DESIGNER})
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = Conversion.class)))
    @ApiResponse(
            responseCode = "400",
            description = "unaskable is neither 'refuse' nor 'leave-out'",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    HttpResponse<?> convert(
            @Body byte[] workbook,
            @Nullable @QueryValue String name,
            @Parameter(
                            description = UNASKABLE_PARAMETER,
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"refuse", "leave-out"}))
                    @Nullable
                    @QueryValue
                    String unaskable) {
        if (workbook.length > XlsFormDrafts.MAX_WORKBOOK_BYTES) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                    .body(ApiProblem.of("The workbook is larger than 10 MB"));
        }
        Optional<UnaskableQuestions> choice = unaskable(unaskable);
        if (choice.isEmpty()) {
            return unknownUnaskable(unaskable);
        }
        String source = name == null || name.isBlank() ? "workbook.xlsx" : name;
        XlsFormImport converted =
                new XlsFormImporter().importWorkbook(source, new ByteArrayInputStream(workbook), choice.get());
        List<DefinitionProblem> problems = new ArrayList<>(converted.problems());
        boolean valid = false;
        if (converted.problems().stream().noneMatch(p -> p.severity() == DefinitionProblem.Severity.ERROR)) {
            DefinitionResult result = catalog.validate(source + " (as YAML)", converted.yaml());
            problems.addAll(converted.atCells(result.problems()));
            valid = result instanceof DefinitionResult.Accepted;
        }
        return HttpResponse.ok(new Conversion(
                valid,
                converted.yaml(),
                problems.stream()
                        .map(p -> new Problem(
                                p.path(),
                                p.line(),
                                p.column(),
                                p.message(),
                                p.severity().name()))
                        .toList()));
    }

    /** The choice the {@code unaskable} query value spells: none, {@code refuse} or {@code leave-out}. */
    static Optional<UnaskableQuestions> unaskable(@Nullable String value) {
        if (value == null || value.isBlank() || value.equals("refuse")) {
            return Optional.of(UnaskableQuestions.REFUSE);
        }
        return value.equals("leave-out") ? Optional.of(UnaskableQuestions.LEAVE_OUT) : Optional.empty();
    }

    static HttpResponse<?> unknownUnaskable(String value) {
        return HttpResponse.badRequest(
                ApiProblem.of("unaskable is '" + value + "'; it takes 'refuse' (the default) or 'leave-out'"));
    }

    /** {@code where} is the sheet and cell ("survey!B7") or, for problems in the YAML, its path. */
    @Serdeable
    record Problem(String where, int line, int column, String message, String severity) {}

    @Serdeable
    record Conversion(boolean valid, String yaml, List<Problem> problems) {}
}
