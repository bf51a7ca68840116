package fi.mittari.definition.web;

import fi.mittari.definition.DefinitionDraft;
import fi.mittari.definition.DefinitionFiles;
import fi.mittari.definition.DefinitionKind;
import fi.mittari.definition.DefinitionOverview;
import fi.mittari.definition.DefinitionVersion;
import fi.mittari.definition.DefinitionVersions;
import fi.mittari.definition.DraftOutcome;
import fi.mittari.definition.EditingDefinitions;
import fi.mittari.definition.PublishOutcome;
import fi.mittari.security.Roles;
import fi.mittari.web.PageLocale;
import fi.mittari.yaml.DefinitionProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The definitions pages: the lists of indicator and report definitions, a definition's history with each version's
 * YAML to download, and the editor where a draft is saved, checked line by line and published as the next version.
 * ADMIN and ANALYST edit; DESIGNER reads. Every page works without JavaScript; each change is a POST and a redirect.
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

    @Get("/{kind}/new")
    @Secured({Roles.ADMIN, Roles.ANALYST})
    HttpResponse<?> newDefinition(String kind) {
        return DefinitionKind.of(kind)
                .<HttpResponse<?>>map(
                        k -> HttpResponse.ok(editor(k, "", true, Starters.of(k), List.of(), "", "", "", false)))
                .orElseGet(HttpResponse::notFound);
    }

    @Post("/{kind}")
    @Secured({Roles.ADMIN, Roles.ANALYST})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(String kind, @Body DefinitionForm form, Authentication user) {
        Optional<DefinitionKind> known = DefinitionKind.of(kind);
        if (known.isEmpty()) {
            return HttpResponse.notFound();
        }
        DefinitionKind k = known.get();
        DraftOutcome outcome = editing.create(k, form.text(), user.getName());
        if (outcome instanceof DraftOutcome.Saved saved) {
            return afterSave(k, saved.code(), form, user);
        }
        if (outcome instanceof DraftOutcome.CodeTaken taken) {
            return HttpResponse.status(HttpStatus.CONFLICT)
                    .body(editor(
                            k,
                            "",
                            true,
                            form.text(),
                            List.of(),
                            "",
                            "definitions.editor.codeTaken",
                            taken.code(),
                            false));
        }
        var noCode = (DraftOutcome.NoUsableCode) outcome;
        return HttpResponse.unprocessableEntity()
                .body(editor(k, "", true, form.text(), noCode.problems(), "", "definitions.editor.noCode", "", false));
    }

    @Get("/{kind}/{code}/edit")
    @Secured({Roles.ADMIN, Roles.ANALYST})
    HttpResponse<?> edit(String kind, String code, @Nullable @QueryValue String saved) {
        Optional<DefinitionKind> known = DefinitionKind.of(kind);
        Optional<String> text = known.flatMap(k -> editing.editableText(k, code));
        if (text.isEmpty()) {
            return HttpResponse.notFound();
        }
        DefinitionKind k = known.get();
        boolean draft = editing.draft(k, code).isPresent();
        List<DefinitionProblem> problems = editing.check(k, Optional.of(code), text.get());
        String notice = saved != null ? "definitions.editor.saved" : draft ? "" : "definitions.editor.noDraft";
        return HttpResponse.ok(editor(k, code, false, text.get(), problems, notice, "", "", draft));
    }

    @Post("/{kind}/{code}/edit")
    @Secured({Roles.ADMIN, Roles.ANALYST})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> save(String kind, String code, @Body DefinitionForm form, Authentication user) {
        Optional<DefinitionKind> known = DefinitionKind.of(kind);
        if (known.isEmpty() || !editing.exists(known.get(), code)) {
            return HttpResponse.notFound();
        }
        editing.save(known.get(), code, form.text(), user.getName());
        return afterSave(known.get(), code, form, user);
    }

    @Post("/{kind}/{code}/publish")
    @Secured({Roles.ADMIN, Roles.ANALYST})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(String kind, String code, Authentication user) {
        Optional<DefinitionKind> known = DefinitionKind.of(kind);
        if (known.isEmpty()) {
            return HttpResponse.notFound();
        }
        return published(known.get(), code, user);
    }

    @Post("/{kind}/{code}/discard")
    @Secured({Roles.ADMIN, Roles.ANALYST})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> discard(String kind, String code) {
        Optional<DefinitionKind> known = DefinitionKind.of(kind);
        if (known.isEmpty()) {
            return HttpResponse.notFound();
        }
        editing.discard(known.get(), code);
        boolean stillExists = editing.exists(known.get(), code);
        return HttpResponse.seeOther(
                URI.create(stillExists ? "/staff/definitions/" + kind + "/" + code : "/staff/definitions"));
    }

    private HttpResponse<?> afterSave(DefinitionKind kind, String code, DefinitionForm form, Authentication user) {
        if (form.publish()) {
            return published(kind, code, user);
        }
        return HttpResponse.seeOther(URI.create("/staff/definitions/" + kind.code() + "/" + code + "/edit?saved"));
    }

    private HttpResponse<?> published(DefinitionKind kind, String code, Authentication user) {
        PublishOutcome outcome = editing.publish(kind, code, user.getName());
        String base = "/staff/definitions/" + kind.code() + "/" + code;
        if (outcome instanceof PublishOutcome.Published published) {
            return HttpResponse.seeOther(
                    URI.create(base + "?published=" + published.version().versionNumber()));
        }
        if (outcome instanceof PublishOutcome.Unchanged unchanged) {
            return HttpResponse.seeOther(
                    URI.create(base + "?published=" + unchanged.version().versionNumber()));
        }
        if (outcome instanceof PublishOutcome.HasErrors errors) {
            String text = editing.draft(kind, code).map(DefinitionDraft::yaml).orElse("");
            return HttpResponse.unprocessableEntity()
                    .body(editor(
                            kind,
                            code,
                            false,
                            text,
                            errors.problems(),
                            "",
                            "definitions.editor.notPublished",
                            "",
                            true));
        }
        return HttpResponse.seeOther(URI.create(base + "/edit"));
    }

    private static ModelAndView<?> editor(
            DefinitionKind kind,
            String code,
            boolean isNew,
            String yaml,
            List<DefinitionProblem> problems,
            String notice,
            String refusal,
            String refusalArgument,
            boolean draft) {
        var page = new DefinitionPages.EditorPage(
                kind.code(),
                code,
                isNew,
                isNew
                        ? "/staff/definitions/" + kind.code()
                        : "/staff/definitions/" + kind.code() + "/" + code + "/edit",
                yaml,
                DefinitionPages.problemLines(problems),
                DefinitionPages.sourceLines(yaml, problems),
                notice,
                refusal,
                refusalArgument,
                draft);
        return new ModelAndView<>("definitions/editor", Map.of("page", page));
    }

    private static boolean canEdit(Authentication user) {
        return user.getRoles().contains(Roles.ADMIN) || user.getRoles().contains(Roles.ANALYST);
    }
}
