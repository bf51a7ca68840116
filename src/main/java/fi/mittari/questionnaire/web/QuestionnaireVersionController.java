package fi.mittari.questionnaire.web;

import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.security.Roles;
import fi.mittari.web.ApiErrors;
import fi.mittari.web.ApiProblem;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.StringReader;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** One stored version: as YAML, the text exactly as stored; as JSON, the same definition as a JSON document. */
@ApiErrors
@Controller("/api/questionnaires/{key}/versions/{number}")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured({Roles.ADMIN, Roles.DESIGNER, Roles.ANALYST})
class QuestionnaireVersionController {

    private final QuestionnaireCatalog catalog;

    QuestionnaireVersionController(QuestionnaireCatalog catalog) {
        this.catalog = catalog;
    }

    /** {@code Accept: application/yaml} gets the stored text; anything else gets JSON. */
    @Get
    @Produces({MediaType.APPLICATION_JSON, "application/yaml"})
    @ApiResponse(
            responseCode = "200",
            description = "OK",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)),
                @Content(mediaType = "application/yaml", schema = @Schema(type = "string"))
            })
    HttpResponse<?> version(String key, int number, @Nullable @Header(HttpHeaders.ACCEPT) String accept) {
        var stored = catalog.version(key, number);
        var text = catalog.definitionText(key, number);
        if (stored.isEmpty() || text.isEmpty()) {
            return notFound(key, number);
        }
        if (accept != null && accept.contains("yaml")) {
            return HttpResponse.ok(text.get()).contentType("application/yaml; charset=utf-8");
        }
        // Stored versions were validated when stored; a safe loader builds only maps, lists and scalars.
        Map<String, Object> definition =
                new Yaml(new SafeConstructor(new LoaderOptions())).load(new StringReader(text.get()));
        return HttpResponse.ok(new VersionView(key, number, stored.get().contentHash(), definition))
                .contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static HttpResponse<?> notFound(String key, int number) {
        return HttpResponse.notFound(ApiProblem.of("Questionnaire '" + key + "' has no version " + number));
    }

    @Serdeable
    record VersionView(String key, int version, String contentHash, Map<String, Object> definition) {}
}
