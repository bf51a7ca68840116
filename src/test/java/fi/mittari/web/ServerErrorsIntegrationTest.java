package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "ServerErrorsIntegrationTest")
class ServerErrorsIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aServerErrorAnswersAReferenceNotTheExceptionsMessage() {
        HttpResponse<String> response = exchange(HttpRequest.GET("/failing").accept(MediaType.APPLICATION_JSON));

        assertThat(response.code()).isEqualTo(500);
        assertThat(response.getBody(String.class).orElse(""))
                .doesNotContain("JDBC")
                .doesNotContain("10.0.0.7")
                .containsPattern("reference [0-9a-f]{8}");
    }

    @Test
    void aServerErrorPageShowsAReferenceNotTheExceptionsMessage() {
        HttpResponse<String> response = exchange(HttpRequest.GET("/failing").accept(MediaType.TEXT_HTML));

        assertThat(response.code()).isEqualTo(500);
        assertThat(response.getBody(String.class).orElse(""))
                .doesNotContain("JDBC")
                .doesNotContain("10.0.0.7")
                .containsPattern("[0-9a-f]{8}");
    }

    @Test
    void unauthorisedAnswersCarryTheSecurityHeaders() {
        HttpResponse<String> response =
                exchange(HttpRequest.GET("/api/campaigns").accept(MediaType.APPLICATION_JSON));

        assertThat(response.code()).isEqualTo(401);
        assertThat(response.header("Content-Security-Policy")).isEqualTo(SecurityHeadersFilter.CONTENT_SECURITY_POLICY);
        assertThat(response.header("X-Frame-Options")).isEqualTo("DENY");
    }

    private HttpResponse<String> exchange(HttpRequest<?> request) {
        try {
            return client.toBlocking().exchange(request, Argument.of(String.class), Argument.of(String.class));
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    @Controller("/failing")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Requires(property = "spec.name", value = "ServerErrorsIntegrationTest")
    static class FailingController {
        @Get(produces = {MediaType.APPLICATION_JSON, MediaType.TEXT_HTML})
        String fail() {
            throw new IllegalStateException("Failed to obtain JDBC Connection to 10.0.0.7");
        }
    }
}
