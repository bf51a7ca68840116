package fi.mittari.context.web;

import fi.mittari.context.Drafts.OrganisationDraft;
import fi.mittari.context.Organisations;
import fi.mittari.context.web.ContextViews.OrganisationView;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.List;

@ApiErrors
@Controller("/api/organisations")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class OrganisationApiController {

    private final Organisations organisations;

    OrganisationApiController(Organisations organisations) {
        this.organisations = organisations;
    }

    @Get
    List<OrganisationView> list() {
        return organisations.all().stream().map(OrganisationView::of).toList();
    }

    @Post
    @ApiResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    HttpResponse<?> create(@Body OrganisationRequest request) {
        return Answers.created(
                organisations.create(request.draft()),
                "The organisation was not created",
                OrganisationView::of,
                o -> "/api/organisations/" + o.id());
    }

    @Put("/{id}")
    @ApiResponse(
            responseCode = "200",
            description = "Saved",
            content = @Content(schema = @Schema(implementation = OrganisationView.class)))
    HttpResponse<?> change(long id, @Body OrganisationRequest request) {
        return Answers.changed(
                organisations.change(id, request.draft()), "The organisation was not changed", OrganisationView::of);
    }

    @Serdeable
    record OrganisationRequest(@Nullable String name, @Nullable String sector, @Nullable String region) {

        OrganisationDraft draft() {
            return new OrganisationDraft(name, sector, region);
        }
    }
}
