package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import io.micronaut.core.annotation.Nullable;
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
import java.util.List;

/** Questionnaires over the API: what is stored, and checking a definition without storing it. */
@ApiErrors
@Controller("/api/questionnaires")
@ExecuteOn(TaskExecutors.BLOCKING)
class QuestionnaireApiController {

    /** Larger definitions are refused before parsing (the reader also bounds what it accepts). */
    static final int MAX_DEFINITION_CHARACTERS = 1_000_000;

    private final QuestionnaireCatalog catalog;

    QuestionnaireApiController(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    @Get
    @Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
    List<QuestionnaireView> list() {
        return catalog.latestVersions().stream()
                .map(QuestionnaireApiController::view)
                .toList();
    }

    /**
     * Checks a YAML definition sent as the request body and answers with every problem, located by line and column;
     * nothing is stored. {@code name} labels the problems (for example the file name in an editor).
     */
    @Post("/validate")
    @Consumes({MediaType.TEXT_PLAIN, "application/yaml", "application/x-yaml", "text/yaml"})
    @Secured({Roles.ADMIN, Roles.DESIGNER})
    ValidationReport validate(@Body String definition, @Nullable @QueryValue String name) {
        String source = name == null || name.isBlank() ? "definition" : name;
        if (definition.length() > MAX_DEFINITION_CHARACTERS) {
            return new ValidationReport(
                    false,
                    List.of(new ProblemView(
                            1,
                            1,
                            "",
                            "the definition is larger than " + MAX_DEFINITION_CHARACTERS + " characters",
                            "ERROR")));
        }
        DefinitionResult result = catalog.validate(source, definition);
        return new ValidationReport(
                result instanceof DefinitionResult.Accepted,
                result.problems().stream().map(ProblemView::of).toList());
    }

    private static QuestionnaireView view(StoredQuestionnaire stored) {
        var q = stored.questionnaire();
        return new QuestionnaireView(
                q.key(),
                q.title().in(q.defaultLanguage(), q.defaultLanguage()),
                stored.versionNumber(),
                stored.contentHash(),
                q.defaultLanguage().code(),
                q.languages().stream().map(Language::code).toList(),
                q.questions().size());
    }

    @Serdeable
    record QuestionnaireView(
            String key,
            String title,
            int version,
            String contentHash,
            String defaultLanguage,
            List<String> languages,
            int questions) {}

    @Serdeable
    record ValidationReport(boolean valid, List<ProblemView> problems) {}
}
