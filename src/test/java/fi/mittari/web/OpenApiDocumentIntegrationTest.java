package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.annotation.Secured;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI document the running service serves describes every {@code /api} route its router knows, with the roles
 * of the route's {@code @Secured}, and nothing but the API; it and the page that shows it are public.
 */
@MicronautTest(transactional = false)
class OpenApiDocumentIntegrationTest {

    private static final String DOCUMENT = "/swagger/mittari.yml";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Router router;

    @Test
    void everyApiRouteIsDocumentedWithItsRoles() {
        Map<String, Object> paths = paths(servedDocument());
        List<String> missing = new ArrayList<>();
        List<String> wrongRoles = new ArrayList<>();
        List<UriRouteInfo<?, ?>> apiRoutes = router.uriRoutes()
                .filter(route -> route.getUriMatchTemplate().toPathString().startsWith("/api/"))
                // Micronaut answers HEAD for every GET by itself; OpenAPI implies it the same way
                .filter(route -> route.getHttpMethod() != HttpMethod.HEAD)
                .toList();
        assertThat(apiRoutes).hasSizeGreaterThan(50);
        for (UriRouteInfo<?, ?> route : apiRoutes) {
            String path = documentedForm(route.getUriMatchTemplate().toPathString());
            String method = route.getHttpMethodName().toLowerCase(Locale.ROOT);
            Optional<Map<String, Object>> operation = operation(paths, path, method);
            if (operation.isEmpty()) {
                missing.add(method.toUpperCase(Locale.ROOT) + " " + path);
                continue;
            }
            List<String> roles = List.of(route.getTargetMethod().stringValues(Secured.class));
            List<String> documented = documentedRoles(operation.get());
            if (!new TreeSet<>(documented).equals(new TreeSet<>(roles))) {
                wrongRoles.add(method.toUpperCase(Locale.ROOT) + " " + path + ": @Secured " + roles + ", documented "
                        + documented);
            }
        }
        assertThat(missing).as("API routes missing from %s", DOCUMENT).isEmpty();
        assertThat(wrongRoles).as("API routes whose documented roles differ").isEmpty();
    }

    @Test
    void theDocumentHoldsTheApiAndTheLoginButNoPages() {
        Map<String, Object> document = servedDocument();
        List<String> notApi = paths(document).keySet().stream()
                .filter(path -> !path.startsWith("/api/") && !path.equals("/login"))
                .toList();
        assertThat(notApi)
                .as("pages in the API document: add their controllers to micronaut.openapi.exclude.classes in"
                        + " openapi.properties")
                .isEmpty();
        assertThat(operation(paths(document), "/login", "post")).isPresent();
        assertThat(document.toString()).contains("bearerFormat=JWT");
    }

    @Test
    void aRefusedRequestIsDocumentedWithTheProblemBody() {
        Map<String, Object> open =
                operation(paths(servedDocument()), "/api/campaigns", "post").orElseThrow();
        assertThat(open.get("responses").toString()).contains("422").contains("#/components/schemas/ApiProblem");
    }

    /**
     * A client generator makes a typed model only of a schema with fields: an answer documented as a bare
     * {@code type: object} (what a {@code Map} body or a {@code HttpResponse<?>} without {@code @ApiResponse} gives)
     * or with no schema at all tells it nothing. Files are documented as binary strings.
     */
    @Test
    void everyApiOperationsSuccessfulAnswerHasADescribedBody() {
        List<String> bare = new ArrayList<>();
        paths(servedDocument()).forEach((path, item) -> {
            if (!path.startsWith("/api/")) {
                return;
            }
            map(item).forEach((method, operation) -> {
                if (!(operation instanceof Map<?, ?>)) {
                    return;
                }
                Object responses = map(operation).get("responses");
                if (responses == null) {
                    return;
                }
                map(responses).forEach((code, response) -> {
                    Object content = map(response).get("content");
                    if (!String.valueOf(code).startsWith("2") || content == null) {
                        return;
                    }
                    map(content).forEach((mediaType, body) -> {
                        if (undescribed(map(body).get("schema"))) {
                            bare.add(method.toUpperCase(Locale.ROOT) + " " + path + " " + code + " " + mediaType);
                        }
                    });
                });
            });
        });

        assertThat(bare).as("API answers documented without their fields").isEmpty();
    }

    @Test
    void theCheckForUndescribedBodiesTellsABareObjectFromARecord() {
        assertThat(undescribed(Map.of("type", "object"))).isTrue();
        assertThat(undescribed(null)).isTrue();
        assertThat(undescribed(Map.of())).isTrue();
        assertThat(undescribed(Map.of("$ref", "#/components/schemas/ApiProblem")))
                .isFalse();
        assertThat(undescribed(Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/X"))))
                .isFalse();
        assertThat(undescribed(Map.of("type", "string", "format", "binary"))).isFalse();
    }

    /** No schema, an empty one, or an object without properties; an array by its items. */
    private static boolean undescribed(Object schema) {
        if (!(schema instanceof Map<?, ?> fields) || fields.isEmpty()) {
            return true;
        }
        if (fields.containsKey("$ref")) {
            return false;
        }
        if ("array".equals(fields.get("type"))) {
            return undescribed(fields.get("items"));
        }
        return "object".equals(fields.get("type"))
                && !fields.containsKey("properties")
                && !fields.containsKey("additionalProperties");
    }

    @Test
    void aRequestBodysOptionalFieldsKeepTheirTypes() {
        Map<String, Object> schemas =
                map(map(servedDocument().get("components")).get("schemas"));
        Map<String, Object> slug = map(
                map(map(schemas.get("CampaignApiController.CampaignRequest")).get("properties"))
                        .get("slug"));
        assertThat(slug).containsEntry("type", "string").containsEntry("nullable", true);
    }

    @Test
    void thePageShowingTheApiIsPublicAndLoadsOnlyMittarisOwnScripts() {
        HttpResponse<String> page = client.toBlocking().exchange(HttpRequest.GET("/api/docs/index.html"), String.class);
        assertThat(page.getBody()).hasValueSatisfying(html -> assertThat(html)
                .contains("<script src=\"/swagger-ui/res/swagger-ui-bundle.js\">")
                .contains("<script src=\"/api/docs/api-docs.js\">")
                .doesNotContain("<script>"));
        for (String asset : List.of(
                "/api/docs/api-docs.js", "/swagger-ui/res/swagger-ui-bundle.js", "/swagger-ui/res/swagger-ui.css")) {
            assertThat(client.toBlocking()
                            .exchange(HttpRequest.GET(asset), String.class)
                            .code())
                    .as(asset)
                    .isEqualTo(200);
        }
    }

    private Map<String, Object> servedDocument() {
        String yaml = client.toBlocking().retrieve(HttpRequest.GET(DOCUMENT));
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
    }

    /** A route template as OpenAPI writes it: no query part ({@code {?from,to}}), no pattern in a variable. */
    private static String documentedForm(String template) {
        return template.replaceAll("\\{[?&][^}]*}", "").replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
    }

    private static Map<String, Object> paths(Map<String, Object> document) {
        return map(document.get("paths"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object node) {
        assertThat(node).isInstanceOf(Map.class);
        return (Map<String, Object>) node;
    }

    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Object>> operation(Map<String, Object> paths, String path, String method) {
        Object item = paths.get(path);
        if (!(item instanceof Map<?, ?> operations)) {
            return Optional.empty();
        }
        return Optional.ofNullable((Map<String, Object>) operations.get(method));
    }

    /**
     * The roles under the bearer scheme, in {@code @Secured}'s words: a token with no roles listed is any logged-in
     * account ({@code isAuthenticated()}), no token at all is anyone ({@code isAnonymous()}).
     */
    @SuppressWarnings("unchecked")
    private static List<String> documentedRoles(Map<String, Object> operation) {
        Object security = operation.get("security");
        if (!(security instanceof List<?> requirements) || requirements.isEmpty()) {
            return List.of("isAnonymous()");
        }
        List<String> roles = new ArrayList<>();
        for (Object requirement : requirements) {
            Object scopes = ((Map<String, Object>) requirement).get("bearer");
            if (scopes instanceof List<?> list && list.isEmpty()) {
                roles.add("isAuthenticated()");
            } else if (scopes instanceof List<?> list) {
                list.forEach(role -> roles.add(String.valueOf(role)));
            }
        }
        return roles;
    }
}
