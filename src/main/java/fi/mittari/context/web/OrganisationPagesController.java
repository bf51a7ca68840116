package fi.mittari.context.web;

import static fi.mittari.context.web.FormFields.orEmpty;
import static fi.mittari.context.web.FormFields.text;

import fi.mittari.context.CodeLists;
import fi.mittari.context.ContextRules;
import fi.mittari.context.Drafts.OrganisationDraft;
import fi.mittari.context.Organisation;
import fi.mittari.context.Organisations;
import fi.mittari.context.Recorded;
import fi.mittari.context.web.ContextPages.Errors;
import fi.mittari.context.web.ContextPages.Option;
import fi.mittari.context.web.ContextPages.OrganisationPage;
import fi.mittari.context.web.ContextPages.OrganisationRow;
import fi.mittari.security.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** The organisations that take part, and a form to add one, on one page. */
@Controller("/staff/organisations")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class OrganisationPagesController {

    private final Organisations organisations;
    private final CodeLists codeLists;

    OrganisationPagesController(Organisations organisations, CodeLists codeLists) {
        this.organisations = organisations;
        this.codeLists = codeLists;
    }

    @Get
    ModelAndView<?> list() {
        return view(new OrganisationDraft("", "", ""), Errors.NONE);
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Nullable @Body Map<String, Object> form) {
        Map<String, Object> fields = form == null ? Map.of() : form;
        var draft = new OrganisationDraft(text(fields, "name"), text(fields, "sector"), text(fields, "region"));
        Recorded<Organisation> outcome = organisations.create(draft);
        if (outcome instanceof Recorded.Saved<Organisation>) {
            return HttpResponse.seeOther(URI.create("/staff/organisations"));
        }
        Errors errors = new Errors(
                outcome instanceof Recorded.Taken<Organisation> taken
                        ? List.of(taken.problem())
                        : ((Recorded.Refused<Organisation>) outcome).problems());
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(view(draft, errors));
    }

    private ModelAndView<?> view(OrganisationDraft draft, Errors errors) {
        var rows = organisations.all().stream()
                .map(o -> new OrganisationRow(o.name(), o.sectorCode(), orEmpty(o.regionCode())))
                .toList();
        var page = new OrganisationPage(
                rows,
                draft.name(),
                draft.sector(),
                draft.region(),
                Option.of(codeLists.active(ContextRules.SECTOR)),
                Option.of(codeLists.active(ContextRules.REGION)),
                errors);
        return new ModelAndView<>("organisations/list", Map.of("page", page));
    }
}
