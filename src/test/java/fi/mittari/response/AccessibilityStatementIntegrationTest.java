package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The accessibility statement in the respondent's language, and the footer that links to it from every page. */
@MicronautTest(transactional = false)
class AccessibilityStatementIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void isInFinnishUnlessAskedOtherwiseAndSaysTheFeedbackAddressIsNotSetYet() {
        String html = get("/accessibility", null);
        assertThat(html)
                .contains("<html lang=\"fi\"")
                .contains("<h1>Saavutettavuusseloste</h1>")
                .contains("Liikenne- ja viestintävirasto Traficom")
                .contains("https://www.saavutettavuusvaatimukset.fi/")
                .contains("mailto:set-MITTARI_ACCESSIBILITY_CONTACT@example.invalid")
                .contains("Yllä oleva osoite on vain paikanvaraaja.")
                .contains("<a href=\"/accessibility?lang=sv\" lang=\"sv\">På svenska</a>")
                .doesNotContain("<script");
    }

    @Test
    void followsTheLangParameterBeforeTheBrowsersLanguages() {
        assertThat(get("/accessibility?lang=sv", "en"))
                .contains("<html lang=\"sv\"")
                .contains("Tillgänglighetsutlåtande");
        assertThat(get("/accessibility", "en-GB,en;q=0.9"))
                .contains("<html lang=\"en\"")
                .contains("<h1>Accessibility statement</h1>")
                .contains("The staff pages are in Finnish, Swedish and English");
    }

    @Test
    void everyRespondentPageLinksToItInThePagesLanguage() {
        StaffApi.loginAsAdmin(client.toBlocking()).openCampaign("statement-link", "keko-impact", "Seloste");
        assertThat(get("/s/statement-link?lang=sv", null))
                .contains("<footer class=\"site-footer\">")
                .contains("<a href=\"/accessibility?lang=sv\">Tillgänglighetsutlåtande</a>");
        assertThat(get("/s/statement-link/thanks?lang=en", null))
                .contains("<a href=\"/accessibility?lang=en\">Accessibility statement</a>");
        try {
            client.toBlocking().retrieve(HttpRequest.GET("/s/no-such-survey").accept(MediaType.TEXT_HTML));
        } catch (HttpClientResponseException notFound) {
            assertThat(notFound.getResponse().getBody(String.class).orElseThrow())
                    .contains("<a href=\"/accessibility?lang=fi\">Saavutettavuusseloste</a>");
            return;
        }
        throw new AssertionError("an unknown survey was found");
    }

    private String get(String path, String acceptLanguage) {
        var request = HttpRequest.GET(path).accept(MediaType.TEXT_HTML);
        if (acceptLanguage != null) {
            request.header(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
        }
        return client.toBlocking().retrieve(request);
    }
}
