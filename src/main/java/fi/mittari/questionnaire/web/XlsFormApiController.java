package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.drafting.XlsFormDrafts;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * XLSForm, the spreadsheet format of KoboToolbox and ODK: export any stored questionnaire, and convert a workbook into
 * Mittari's YAML with every row that does not map reported, then checked by the same reader as files are.
 */
@ApiErrors
@Controller("/api/questionnaires")
@ExecuteOn(TaskExecutors.BLOCKING)
class XlsFormApiController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

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
    HttpResponse<?> convert(@Body byte[] workbook, @Nullable @QueryValue String name) {
        if (workbook.length > XlsFormDrafts.MAX_WORKBOOK_BYTES) {
            return HttpResponse.status(io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                    .body(ApiProblem.of("The workbook is larger than 10 MB"));
        }
        String source = name == null || name.isBlank() ? "workbook.xlsx" : name;
        XlsFormImport converted = new XlsFormImporter().importWorkbook(source, new ByteArrayInputStream(workbook));
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

    /** {@code where} is the sheet and cell ("survey!B7") or, for problems in the YAML, its path. */
    @Serdeable
    record Problem(String where, int line, int column, String message, String severity) {}

    @Serdeable
    record Conversion(boolean valid, String yaml, List<Problem> problems) {}
}
