package fi.mittari.definition.web;

import fi.mittari.definition.DefinitionDraft;
import fi.mittari.definition.DefinitionKind;
import fi.mittari.definition.DraftOutcome;
import fi.mittari.definition.EditingDefinitions;
import fi.mittari.definition.PublishOutcome;
import fi.mittari.security.Roles;
import fi.mittari.yaml.DefinitionProblem;
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
 * The definition editor, for ADMIN and ANALYST: a new definition started from a template, a draft saved, checked line
 * by line and published as the next version, or discarded. Every page works without JavaScript; each change is a POST
 * and a redirect.
 */
@Controller("/staff/definitions")
@Produces(MediaType.TEXT_HTML)
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.ANALYST})
class DefinitionEditorController {

    private final EditingDefinitions editing;

    DefinitionEditorController(EditingDefinitions editing) {
        this.editing = editing;
    }

    @Get("/{kind}/new")
    HttpResponse<?> newDefinition(String kind) {
        return DefinitionKind.of(kind)
                .<HttpResponse<?>>map(
                        k -> HttpResponse.ok(editor(k, "", true, Starters.of(k), List.of(), "", "", "", false)))
                .orElseGet(HttpResponse::notFound);
    }

    @Post("/{kind}")
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
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(String kind, String code, Authentication user) {
        Optional<DefinitionKind> known = DefinitionKind.of(kind);
        if (known.isEmpty()) {
            return HttpResponse.notFound();
        }
        return published(known.get(), code, user);
    }

    @Post("/{kind}/{code}/discard")
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
}
