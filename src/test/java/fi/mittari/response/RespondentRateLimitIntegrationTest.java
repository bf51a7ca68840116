package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Guessing invitation links (or flooding a form) from one address soon meets "try again shortly". */
@MicronautTest(transactional = false)
@Property(name = "mittari.respondent-requests-per-minute", value = "5")
class RespondentRateLimitIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void theSixthRequestInAMinuteFromOneAddressIsAskedToWait() {
        List<Integer> statuses = new ArrayList<>();
        String body = "";
        for (int i = 0; i < 6; i++) {
            try {
                statuses.add(client.toBlocking()
                        .exchange(HttpRequest.GET("/i/AAAAAAAAAAAAAAAAAAAAA" + i + "?lang=en"), String.class)
                        .code());
            } catch (HttpClientResponseException e) {
                statuses.add(e.getStatus().getCode());
                body = e.getResponse().getBody(String.class).orElse("");
                if (e.getStatus().getCode() == 429) {
                    assertThat(e.getResponse().header("Retry-After")).isEqualTo("60");
                }
            }
        }
        assertThat(statuses).containsExactly(404, 404, 404, 404, 404, 429);
        assertThat(body).contains("Too many requests").contains("Your answers have not been lost");
        // the opt-out links of invitation mail are as guessable as the invitations, and share the same budget
        try {
            client.toBlocking().exchange(HttpRequest.GET("/optout/AAAAAAAAAAAAAAAAAAAAAA?lang=en"), String.class);
        } catch (HttpClientResponseException e) {
            statuses.add(e.getStatus().getCode());
        }
        assertThat(statuses).endsWith(429, 429);
        // staff pages and the API are not limited by this
        assertThat(client.toBlocking()
                        .exchange(HttpRequest.GET("/health"), String.class)
                        .code())
                .isEqualTo(200);
    }
}
