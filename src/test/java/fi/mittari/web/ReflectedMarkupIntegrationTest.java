package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Markup in an address never comes back as markup, whichever staff page the address names. */
@MicronautTest(transactional = false)
class ReflectedMarkupIntegrationTest {

    private static final String MARKUP = "<img src=x onerror=alert(1)>";

    @Inject
    @Client("/")
    HttpClient client;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/staff/projects/",
                "/staff/events/",
                "/staff/events/{}/participants",
                "/staff/jobs/",
                "/staff/organisations/",
                "/staff/campaigns/",
                "/staff/questionnaires/",
                "/staff/reports/",
                "/s/",
                "/i/",
                "/r/"
            })
    void markupInThePathIsNeverAnsweredAsMarkup(String route) {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String encoded = URLEncoder.encode(MARKUP, StandardCharsets.UTF_8).replace("+", "%20");
        String path = route.contains("{}") ? route.replace("{}", encoded) : route + encoded;

        HttpResponse<String> response =
                staff.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML), Argument.of(String.class));

        String body = response.getBody(String.class).orElse("");
        boolean html = response.getContentType()
                .map(type -> type.matches(MediaType.TEXT_HTML_TYPE))
                .orElse(false);
        assertThat(html && body.contains(MARKUP))
                .as(path + " answered " + response.code() + " " + response.getContentType() + ": " + body)
                .isFalse();
    }
}
