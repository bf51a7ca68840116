package fi.mittari.questionnaire.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.drafting.WorkbookDraft;
import fi.mittari.questionnaire.drafting.XlsFormDrafts;
import fi.mittari.questionnaire.xlsform.UnaskableQuestions;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Drafts over the API: create a questionnaire, save its draft from YAML or XLSForm, review the changes against the live
 * version, publish, discard. Only administrators and designers change questionnaires.
 */
@ApiErrors
@Controller("/api/questionnaires")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER})
class QuestionnaireDraftApiController {

    private final QuestionnaireDrafts drafts;
    private final XlsFormDrafts workbooks;

    QuestionnaireDraftApiController(QuestionnaireDrafts drafts, XlsFormDrafts workbooks) {
        this.drafts = drafts;
        this.workbooks = workbooks;
    }

    /** Starts a new questionnaire: the body is its YAML definition, which names its key. */
    @Post
    @Consumes({MediaType.TEXT_PLAIN, "application/yaml", "application/x-yaml", "text/yaml"})
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    HttpResponse<?> create(@Body String definition, Authentication user) {
        if (definition.length() > QuestionnaireApiController.MAX_DEFINITION_CHARACTERS) {
            return DraftApiResponses.tooLarge();
        }
        return DraftApiResponses.saved(drafts.create(definition, user.getName()));
    }

    @Get("/{key}/draft")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    HttpResponse<?> draft(String key) {
        return drafts.draft(key)
                .<HttpResponse<?>>map(draft -> HttpResponse.ok(DraftView.of(draft)))
                .orElseGet(() -> DraftApiResponses.noDraft(key));
    }

    /** Saves the draft (creating it when there is none); saved even with errors, which only stop publishing. */
    @Put("/{key}/draft")
    @Consumes({MediaType.TEXT_PLAIN, "application/yaml", "application/x-yaml", "text/yaml"})
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = DraftView.class)))
    HttpResponse<?> save(String key, @Body String definition, Authentication user) {
        if (definition.length() > QuestionnaireApiController.MAX_DEFINITION_CHARACTERS) {
            return DraftApiResponses.tooLarge();
        }
        return DraftApiResponses.saved(drafts.save(key, definition, user.getName()));
    }

    /**
     * Saves the draft from an XLSForm workbook. A workbook with rows that do not map is refused with every such row, so
     * that nothing of the form is silently lost; otherwise its YAML translation is saved like any draft, and the answer
     * lists what the import left out or changed (importWarnings: sheet, cell, message), which nothing else keeps.
     */
    @Put("/{key}/draft/xlsform")
    @Consumes({XlsFormApiController.XLSX, MediaType.APPLICATION_OCTET_STREAM})
    @ApiResponse(
            responseCode = "200",
            description = "Saved; importWarnings lists what the import left out or changed, each at its cell",
            content = @Content(schema = @Schema(implementation = ImportedDraftView.class)))
    @ApiResponse(
            responseCode = "201",
            description = "Created; importWarnings lists what the import left out or changed, each at its cell",
            content = @Content(schema = @Schema(implementation = ImportedDraftView.class)))
    @ApiResponse(
            responseCode = "400",
            description = "unaskable is neither 'refuse' nor 'leave-out'",
            content = @Content(schema = @Schema(implementation = ApiProblem.class)))
    @ApiResponse(
            responseCode = "422",
            description = "The workbook has rows that do not map; nothing was saved",
            content = @Content(schema = @Schema(implementation = Refusal.class)))
    HttpResponse<?> saveWorkbook(
            String key,
            @Body byte[] workbook,
            @Parameter(
                            description = XlsFormApiController.UNASKABLE_PARAMETER,
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"refuse", "leave-out"}))
                    @Nullable
                    @QueryValue
                    String unaskable,
            Authentication user) {
        Optional<UnaskableQuestions> choice = XlsFormApiController.unaskable(unaskable);
        if (choice.isEmpty()) {
            return XlsFormApiController.unknownUnaskable(unaskable);
        }
        WorkbookDraft outcome = workbooks.save(key, workbook, choice.get(), user.getName());
        if (outcome instanceof WorkbookDraft.Converted converted) {
            return DraftApiResponses.imported(converted.saved(), converted.warnings());
        }
        if (outcome instanceof WorkbookDraft.Refused refused) {
            return HttpResponse.unprocessableEntity()
                    .body(new Refusal(
                            "The workbook has rows that do not map; nothing was saved",
                            ProblemView.all(refused.problems())));
        }
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                .body(ApiProblem.of("The workbook is larger than 10 MB"));
    }

    @Delete("/{key}/draft")
    @ApiResponse(responseCode = "204", description = "Discarded")
    HttpResponse<?> discard(String key) {
        return drafts.discard(key) ? HttpResponse.noContent() : DraftApiResponses.noDraft(key);
    }

    /** What publishing would change against the live version, and how many stored answers each change touches. */
    @Get("/{key}/draft/changes")
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = ChangeSummary.class)))
    HttpResponse<?> changes(String key) {
        if (drafts.draft(key).isEmpty()) {
            return DraftApiResponses.noDraft(key);
        }
        return drafts.review(key)
                .<HttpResponse<?>>map(review ->
                        HttpResponse.ok(new ChangeSummary(key, review.liveVersion(), 0, ChangeSummary.views(review))))
                .orElseGet(() -> HttpResponse.unprocessableEntity()
                        .body(ApiProblem.of("The draft of '" + key + "' has errors; fix them to see its changes")));
    }

    /**
     * Publishes the draft. Changes that touch stored answers (a removed or retyped question, a removed choice) are
     * refused with 409 and the list of them unless the body says {@code {"confirm": true}}.
     */
    @Post("/{key}/draft/publish")
    @ApiResponse(
            responseCode = "201",
            description = "Published",
            content = @Content(schema = @Schema(implementation = Publication.class)))
    @ApiResponse(
            responseCode = "200",
            description = "Unchanged: the live version",
            content = @Content(schema = @Schema(implementation = Publication.class)))
    HttpResponse<?> publish(String key, @Nullable @Body PublishRequest request, Authentication user) {
        boolean confirm = request != null && request.confirm();
        return DraftApiResponses.published(key, drafts.publish(key, confirm, user.getName()));
    }

    @Serdeable
    record PublishRequest(boolean confirm) {}

    @Serdeable
    record Publication(String key, int version, String contentHash, boolean created) {}

    @Serdeable
    record Refusal(String message, List<ProblemView> problems) {}

    @Serdeable
    record ConfirmationNeeded(String message, ChangeSummary changes) {}

    /** {@code publishable} is false while the draft has errors; {@code problems} lists errors and warnings. */
    @Serdeable
    record DraftView(
            String key,
            String definition,
            boolean publishable,
            List<ProblemView> problems,
            String updatedBy,
            Instant updatedAt) {

        static DraftView of(Draft draft) {
            return new DraftView(
                    draft.key(),
                    draft.definition(),
                    draft.publishable(),
                    ProblemView.all(draft.read().problems()),
                    draft.updatedBy(),
                    draft.updatedAt());
        }
    }

    /**
     * A draft saved from an XLSForm workbook: the draft as {@link DraftView} gives it, and {@code importWarnings}, what
     * the import left out (with {@code ?unaskable=leave-out}, each question left out) or changed (a name that had to
     * become another key, a setting or column ignored...), each at its sheet and cell. They are not kept with the
     * draft, so this answer is the only place they are told.
     */
    @Serdeable
    record ImportedDraftView(
            String key,
            String definition,
            boolean publishable,
            List<ProblemView> problems,
            String updatedBy,
            Instant updatedAt,
            // always there, [] when the import changed nothing, so that a caller need not know an empty list is left
            // out
            @JsonInclude(JsonInclude.Include.ALWAYS) List<ImportWarningView> importWarnings) {

        static ImportedDraftView of(Draft draft, List<DefinitionProblem> importWarnings) {
            DraftView view = DraftView.of(draft);
            return new ImportedDraftView(
                    view.key(),
                    view.definition(),
                    view.publishable(),
                    view.problems(),
                    view.updatedBy(),
                    view.updatedAt(),
                    ImportWarningView.all(importWarnings));
        }
    }
}
