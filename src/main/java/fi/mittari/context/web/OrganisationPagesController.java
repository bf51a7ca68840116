package fi.mittari.context.web;

import fi.mittari.context.CodeListEntry;
import fi.mittari.context.CodeLists;
import fi.mittari.context.ContextRules;
import fi.mittari.context.Drafts.OrganisationDraft;
import fi.mittari.context.Organisation;
import fi.mittari.context.Organisations;
import fi.mittari.context.Recorded;
import fi.mittari.context.web.ContextFormPosts.OrganisationPost;
import fi.mittari.context.web.ProjectViews.FormErrors;
import fi.mittari.context.web.ProjectViews.Option;
import fi.mittari.context.web.ProjectViews.OrganisationPage;
import fi.mittari.context.web.ProjectViews.OrganisationRow;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The organisations that take part, and a form to add one, on one page. */
@Controller("/staff/organisations")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class OrganisationPagesController {

    private final Organisations organisations;
    private final CodeLists codeLists;
    private final PageLocale locale;

    OrganisationPagesController(Organisations organisations, CodeLists codeLists, PageLocale locale) {
        this.organisations = organisations;
        this.codeLists = codeLists;
        this.locale = locale;
    }

    @Get
    ModelAndView<?> list(HttpRequest<?> request) {
        return view(new OrganisationDraft("", "", ""), FormErrors.NONE, language(request));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body OrganisationPost form, HttpRequest<?> request) {
        OrganisationDraft draft = form.draft();
        Recorded<Organisation> outcome = organisations.create(draft);
        if (outcome instanceof Recorded.Saved<Organisation>) {
            return HttpResponse.seeOther(URI.create("/staff/organisations"));
        }
        FormErrors errors = FormErrors.of(
                ProjectPagesController.problems(outcome), "organisations.field.", "organisations", "o-", Set.of());
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(view(draft, errors, language(request)));
    }

    private ModelAndView<?> view(OrganisationDraft draft, FormErrors errors, String language) {
        Map<String, String> sectors = names(ContextRules.SECTOR, language);
        Map<String, String> regions = names(ContextRules.REGION, language);
        var rows = organisations.all().stream()
                .map(o -> new OrganisationRow(
                        o.name(),
                        sectors.getOrDefault(o.sectorCode(), o.sectorCode()),
                        o.regionCode() == null ? "" : regions.getOrDefault(o.regionCode(), o.regionCode())))
                .toList();
        var page = new OrganisationPage(
                rows,
                draft.name(),
                draft.sector(),
                draft.region(),
                options(ContextRules.SECTOR, language),
                options(ContextRules.REGION, language),
                errors);
        return new ModelAndView<>("organisations/list", Map.of("page", page));
    }

    private List<Option> options(String list, String language) {
        return codeLists.active(list).stream()
                .map(e -> new Option(e.code(), ProjectViews.name(e, language)))
                .toList();
    }

    private Map<String, String> names(String list, String language) {
        return codeLists.entries(list).stream()
                .collect(Collectors.toMap(CodeListEntry::code, e -> ProjectViews.name(e, language)));
    }

    private String language(HttpRequest<?> request) {
        return locale.of(request).getLanguage();
    }
}
