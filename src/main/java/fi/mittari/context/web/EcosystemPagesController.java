package fi.mittari.context.web;

import fi.mittari.context.CodeListEntry;
import fi.mittari.context.CodeLists;
import fi.mittari.context.ContextRules;
import fi.mittari.context.Ecosystem;
import fi.mittari.context.EcosystemDraft;
import fi.mittari.context.Ecosystems;
import fi.mittari.context.Project;
import fi.mittari.context.Projects;
import fi.mittari.context.Recorded;
import fi.mittari.context.web.ContextFormPosts.EcosystemPost;
import fi.mittari.context.web.ProjectViews.FormErrors;
import fi.mittari.security.Roles;
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
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Ecosystems (several projects, or a region across all projects, read as one whole), and a form to add one or change
 * one, on one page: {@code ?code=…} fills the form with that ecosystem.
 */
@Controller("/staff/ecosystems")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class EcosystemPagesController {

    private final Ecosystems ecosystems;
    private final Projects projects;
    private final CodeLists codeLists;
    private final PageLocale locale;

    EcosystemPagesController(Ecosystems ecosystems, Projects projects, CodeLists codeLists, PageLocale locale) {
        this.ecosystems = ecosystems;
        this.projects = projects;
        this.codeLists = codeLists;
        this.locale = locale;
    }

    /**
     * A row of the list; the period is empty when the ecosystem follows the calendar year. {@code region} is the
     * region's name for a region ecosystem (then {@code projects} is empty), else empty.
     */
    record EcosystemRow(String code, String name, LocalDate from, LocalDate to, String projects, String region) {}

    record ProjectChoice(String code, String name, boolean chosen) {}

    record RegionChoice(String code, String name, boolean chosen) {}

    record EcosystemPage(
            List<EcosystemRow> rows,
            EcosystemDraft form,
            boolean editing,
            List<ProjectChoice> projects,
            List<RegionChoice> regions,
            FormErrors errors) {}

    @Get
    ModelAndView<?> list(@Nullable @QueryValue String code, HttpRequest<?> request) {
        var editing = code == null ? java.util.Optional.<Ecosystem>empty() : ecosystems.byCode(code);
        EcosystemDraft form = editing.map(EcosystemDraft::of)
                .orElseGet(() -> new EcosystemDraft("", "", "", "", "", "", List.of(), ""));
        return view(form, editing.isPresent(), FormErrors.NONE, language(request));
    }

    @Post
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(@Body EcosystemPost form, HttpRequest<?> request) {
        EcosystemDraft draft = form.draft();
        Recorded<Ecosystem> outcome = ecosystems.save(draft);
        if (outcome instanceof Recorded.Saved<Ecosystem>) {
            return HttpResponse.seeOther(URI.create("/staff/ecosystems"));
        }
        FormErrors errors = FormErrors.of(
                ProjectPagesController.problems(outcome), "ecosystems.field.", "ecosystems", "y-", Set.of());
        boolean editing = ecosystems.byCode(draft.code()).isPresent();
        return HttpResponse.<ModelAndView<?>>status(HttpStatus.UNPROCESSABLE_ENTITY)
                .body(view(draft, editing, errors, language(request)));
    }

    private ModelAndView<?> view(EcosystemDraft form, boolean editing, FormErrors errors, String language) {
        List<Project> all = projects.all();
        Map<String, String> names = new java.util.HashMap<>();
        all.forEach(p -> names.put(p.code(), p.name()));
        List<CodeListEntry> regionList = codeLists.entries(ContextRules.REGION);
        Map<String, String> regionNames = new java.util.HashMap<>();
        regionList.forEach(r -> regionNames.put(r.code(), regionName(r, language)));
        var rows = ecosystems.all().stream()
                .map(e -> new EcosystemRow(
                        e.code(),
                        e.name(language),
                        e.startsOn().orElse(null),
                        e.endsOn().orElse(null),
                        String.join(
                                ", ",
                                e.projects().stream()
                                        .map(p -> names.getOrDefault(p, p))
                                        .toList()),
                        e.region().map(r -> regionNames.getOrDefault(r, r)).orElse("")))
                .toList();
        var choices = all.stream()
                .map(p -> new ProjectChoice(p.code(), p.name(), form.projects().contains(p.code())))
                .toList();
        var regions = regionList.stream()
                .filter(r -> r.active() || r.code().equals(form.region()))
                .map(r -> new RegionChoice(
                        r.code(), regionName(r, language), r.code().equals(form.region())))
                .toList();
        return new ModelAndView<>(
                "ecosystems/list", Map.of("page", new EcosystemPage(rows, form, editing, choices, regions, errors)));
    }

    private static String regionName(CodeListEntry region, String language) {
        return switch (language) {
            case "sv" -> region.nameSv();
            case "en" -> region.nameEn();
            default -> region.nameFi();
        };
    }

    private String language(HttpRequest<?> request) {
        return locale.of(request).getLanguage();
    }
}
