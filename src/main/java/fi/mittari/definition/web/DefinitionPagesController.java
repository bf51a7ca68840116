package fi.mittari.definition.web;

import fi.mittari.definition.DefinitionFiles;
import fi.mittari.definition.DefinitionKind;
import fi.mittari.definition.DefinitionOverview;
import fi.mittari.definition.DefinitionVersion;
import fi.mittari.definition.DefinitionVersions;
import fi.mittari.definition.EditingDefinitions;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The definitions pages: the lists of indicator and report definitions and a definition's history with each version's
 * YAML to download. ADMIN and ANALYST edit ({@link DefinitionEditorController}); DESIGNER reads.
 */
@Controller("/staff/definitions")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.ANALYST, Roles.DESIGNER})
class DefinitionPagesController {

    private final DefinitionNames names;
    private final DefinitionVersions versions;
    private final EditingDefinitions editing;
    private final DefinitionOverview overview;
    private final DefinitionFiles files;
    private final PageLocale pageLocale;

    DefinitionPagesController(
            DefinitionNames names,
            DefinitionVersions versions,
            EditingDefinitions editing,
            DefinitionOverview overview,
            DefinitionFiles files,
            PageLocale pageLocale) {
        this.names = names;
        this.versions = versions;
        this.editing = editing;
        this.overview = overview;
        this.files = files;
        this.pageLocale = pageLocale;
    }

    @Get
    ModelAndView<?> list(HttpRequest<?> request, Authentication user) {
        var language = DefinitionNames.language(pageLocale.of(request));
        var page = new DefinitionPages.ListPage(
                names.rows(DefinitionKind.INDICATOR, language),
                names.rows(DefinitionKind.REPORT, language),
                overview.shadowed().stream()
                        .map(s -> new DefinitionPages.Shadow(
                                s.kind().code(),
                                names.name(s.kind(), s.code(), language),
                                s.fileName(),
                                s.by().versionNumber(),
                                s.by().publishedBy().orElse(""),
                                "/staff/definitions/" + s.kind().code() + "/" + s.code()))
                        .toList(),
                files.refused().stream()
                        .map(f -> new DefinitionPages.RefusedFile(
                                f.fileName(), DefinitionPages.problemLines(f.problems())))
                        .toList(),
                canEdit(user));
        return new ModelAndView<>("definitions/list", Map.of("page", page));
    }

    @Get("/{kind}/{code}")
    HttpResponse<?> detail(
            String kind,
            String code,
            @Nullable @QueryValue Integer published,
            HttpRequest<?> request,
            Authentication user) {
        Optional<DefinitionKind> known = DefinitionKind.of(kind);
        if (known.isEmpty() || !editing.exists(known.get(), code)) {
            return HttpResponse.notFound();
        }
        DefinitionKind k = known.get();
        var language = DefinitionNames.language(pageLocale.of(request));
        List<DefinitionPages.VersionRow> rows = versions.history(k, code).stream()
                .map(v -> new DefinitionPages.VersionRow(
                        v.versionNumber(),
                        v.publishedAt(),
                        v.publishedBy().orElse(""),
                        v.source().code(),
                        v.fileName().orElse(""),
                        "/staff/definitions/" + kind + "/" + code + "/versions/" + v.versionNumber()))
                .toList();
        String shadowed = overview.shadowed().stream()
                .filter(s -> s.kind() == k && s.code().equals(code))
                .map(fi.mittari.definition.DefinitionOverview.Shadow::fileName)
                .findFirst()
                .orElse("");
        var page = new DefinitionPages.DetailPage(
                kind,
                code,
                names.name(k, code, language),
                rows,
                DefinitionPages.problemLines(names.problems(k, code)),
                editing.draft(k, code).isPresent(),
                canEdit(user),
                shadowed,
                published == null ? 0 : published);
        return HttpResponse.ok(new ModelAndView<>("definitions/detail", Map.of("page", page)));
    }

    /** Any version's text exactly as stored, to keep, compare or put in a file of batch/. */
    @Get("/{kind}/{code}/versions/{number}")
    @Produces("application/yaml")
    HttpResponse<?> download(String kind, String code, int number) {
        Optional<DefinitionVersion> version = DefinitionKind.of(kind).flatMap(k -> versions.version(k, code, number));
        if (version.isEmpty()) {
            return HttpResponse.notFound();
        }
        return HttpResponse.ok(version.get().yaml())
                .contentType("application/yaml; charset=utf-8")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + code + "-v" + number + ".yaml\"");
    }

    private static boolean canEdit(Authentication user) {
        return user.getRoles().contains(Roles.ADMIN) || user.getRoles().contains(Roles.ANALYST);
    }
}
