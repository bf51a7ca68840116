package fi.mittari.export.web;

import fi.mittari.export.ExportFormat;
import fi.mittari.export.ExportScope;
import fi.mittari.export.ExportingAnswers;
import fi.mittari.questionnaire.Language;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Answers over the API: {@code /api/campaigns/{slug}/answers.csv|xlsx|zip} and the same under
 * {@code /api/questionnaires/{key}/}, filtered by query parameters (see {@link ExportParameters}; answers.zip takes
 * {@code format=csv_zip|spss|r|stata}). Problems are typed JSON: 400 naming each parameter at fault, 403 for personal
 * answers asked without the role, 404 for an unknown campaign or questionnaire.
 */
@ApiErrors
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.ANALYST})
class AnswerExportApiController {

    private final ExportingAnswers exporting;
    private final ExportDownloads downloads;

    AnswerExportApiController(ExportingAnswers exporting, ExportDownloads downloads) {
        this.exporting = exporting;
        this.downloads = downloads;
    }

    @Get("/campaigns/{slug}/answers.csv")
    @ApiResponse(
            responseCode = "200",
            description = "The answers as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> campaignCsv(String slug, HttpRequest<?> request, Authentication user) throws IOException {
        return answer(new ExportScope.OfCampaign(slug), Optional.of(ExportFormat.CSV), request, user);
    }

    @Get("/campaigns/{slug}/answers.xlsx")
    @ApiResponse(
            responseCode = "200",
            description = "The answers as a workbook",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> campaignXlsx(String slug, HttpRequest<?> request, Authentication user) throws IOException {
        return answer(new ExportScope.OfCampaign(slug), Optional.of(ExportFormat.XLSX), request, user);
    }

    @Get("/campaigns/{slug}/answers.zip")
    @ApiResponse(
            responseCode = "200",
            description = "The answers with their codebook",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> campaignZip(String slug, HttpRequest<?> request, Authentication user) throws IOException {
        return answer(new ExportScope.OfCampaign(slug), Optional.empty(), request, user);
    }

    @Get("/questionnaires/{key}/answers.csv")
    @ApiResponse(
            responseCode = "200",
            description = "The answers as CSV",
            content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> questionnaireCsv(String key, HttpRequest<?> request, Authentication user) throws IOException {
        return answer(new ExportScope.OfQuestionnaire(key), Optional.of(ExportFormat.CSV), request, user);
    }

    @Get("/questionnaires/{key}/answers.xlsx")
    @ApiResponse(
            responseCode = "200",
            description = "The answers as a workbook",
            content =
                    @Content(
                            mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> questionnaireXlsx(String key, HttpRequest<?> request, Authentication user) throws IOException {
        return answer(new ExportScope.OfQuestionnaire(key), Optional.of(ExportFormat.XLSX), request, user);
    }

    @Get("/questionnaires/{key}/answers.zip")
    @ApiResponse(
            responseCode = "200",
            description = "The answers with their codebook",
            content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> questionnaireZip(String key, HttpRequest<?> request, Authentication user) throws IOException {
        return answer(new ExportScope.OfQuestionnaire(key), Optional.empty(), request, user);
    }

    private HttpResponse<?> answer(
            ExportScope scope, Optional<ExportFormat> format, HttpRequest<?> request, Authentication user)
            throws IOException {
        // the codebook speaks the requester's language (Accept-Language) unless labelLanguage names another
        Language requester = request.getLocale()
                .flatMap(locale -> Language.fromCode(locale.getLanguage()))
                .orElse(Language.FI);
        var parsed = ExportParameters.parse(ExportPages.parameters(request), format, true, requester);
        if (parsed.request().isEmpty()) {
            return HttpResponse.badRequest(new ApiProblem(
                    "The export's parameters are not valid",
                    parsed.problems().stream()
                            .map(p -> new ApiProblem.Detail(p.field(), p.reason(), ApiWording.of(p)))
                            .toList()));
        }
        var outcome = exporting.prepare(scope, parsed.request().get(), user.getName(), user.getRoles());
        if (outcome instanceof ExportingAnswers.Outcome.Ready ready) {
            return downloads.download(ready);
        }
        if (outcome instanceof ExportingAnswers.Outcome.Forbidden) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .body(ApiProblem.of("Personal questions and open texts are exported for administrators only"));
        }
        if (outcome instanceof ExportingAnswers.Outcome.UnknownCampaign unknown) {
            return HttpResponse.badRequest(new ApiProblem(
                    "No such campaign of the questionnaire",
                    java.util.List.of(new ApiProblem.Detail(
                            "campaign",
                            "unknownCampaign",
                            "No campaign " + unknown.campaign() + " of " + scope.fileStem()))));
        }
        return HttpResponse.notFound(ApiProblem.of(
                scope instanceof ExportScope.OfCampaign
                        ? "No campaign " + scope.fileStem()
                        : "No campaign of questionnaire " + scope.fileStem()));
    }

    /** The API's own English words for a parameter problem. */
    static final class ApiWording {
        private ApiWording() {}

        static String of(ExportParameters.Problem problem) {
            return switch (problem.reason()) {
                case "tooLong" -> "at most " + ExportParameters.MAX_LENGTH + " characters";
                case "notADay" -> "not a day (yyyy-mm-dd): " + problem.value();
                case "toBeforeFrom" -> "the last day is before the first";
                case "unknownLanguage" -> "not fi, sv or en: " + problem.value();
                case "unknownValues" -> "codes or labels, not " + problem.value();
                default -> "not one of csv_zip, spss, r, stata: " + problem.value();
            };
        }
    }
}
