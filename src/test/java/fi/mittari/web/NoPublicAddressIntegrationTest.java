package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.AbsoluteLinks;
import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without {@code MITTARI_PUBLIC_URL} and with requests from no trusted proxy, no link for others is made from what a
 * request claims: staff are told what to set and nothing is made; a respondent still gets their own resume link.
 */
@MicronautTest(transactional = false)
@Property(name = "mittari.public-url", value = "")
@Property(name = "mittari.trusted-proxies", value = "10.0.0.0/8")
class NoPublicAddressIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    private StaffApi staff;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
    }

    @Test
    void invitationsAreRefusedWithWhatToSetAndNoneAreMade() {
        String slug = open("invitation");

        var page = staff.exchange(
                HttpRequest.POST("/staff/campaigns/" + slug + "/invitations", "count=3")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .accept("text/html, text/csv")
                        .header("X-Forwarded-Host", "kysely.example.fi"),
                Argument.STRING);
        var api = staff.post("/api/campaigns/" + slug + "/invitations", Map.of("count", 3));

        assertThat(page.code()).isEqualTo(409);
        assertThat(page.body())
                .contains("<h1>Linkkiä ei voitu tehdä</h1>")
                .contains("MITTARI_PUBLIC_URL")
                .doesNotContain("kysely.example.fi");
        assertThat(api.code()).isEqualTo(409);
        assertThat(api.body().get("message").toString()).contains("MITTARI_PUBLIC_URL");
        assertThat(staff.get("/api/campaigns/" + slug + "/invitations").body()).containsEntry("created", 0);
    }

    @Test
    void emailRecipientsAreRefusedBeforeAnyInvitationIsMade() {
        String slug = open("invitation");

        var api = staff.post(
                "/api/campaigns/" + slug + "/mail/recipients",
                Map.of("recipients", java.util.List.of(Map.of("email", "anna@example.fi"))));

        assertThat(api.code()).isEqualTo(409);
        assertThat(api.body().get("message").toString()).contains("MITTARI_PUBLIC_URL");
        assertThat(staff.get("/api/campaigns/" + slug + "/invitations").body()).containsEntry("created", 0);
    }

    @Test
    void theQrCodeAndThePosterAreRefusedTheSameWay() {
        String slug = open("public");

        for (String path : new String[] {"/qr.png", "/poster"}) {
            var refused = staff.exchange(
                    HttpRequest.GET("/staff/campaigns/" + slug + path).accept(MediaType.TEXT_HTML), Argument.STRING);
            assertThat(refused.code()).as(path).isEqualTo(409);
            assertThat(refused.body()).as(path).contains("MITTARI_PUBLIC_URL");
        }
    }

    @Test
    void aRespondentsResumeLinkIsTheAddressTheirBrowserUsedAndLeadsBack() {
        String slug = open("public");
        var walker = new FormWalker(client.toBlocking());
        var first = walker.open("/s/" + slug);

        var later = walker.send(first, "q.new_partners=no", "later");

        var link = Pattern.compile("href=\"(" + Pattern.quote(server.getURL().toString()) + "/r/[^\"]+)\"")
                .matcher(later.html());
        assertThat(link.find()).as(later.html()).isTrue();
        var resumed = AbsoluteLinks.open(link.group(1).replace("&amp;", "&"));
        assertThat(resumed.isForm()).isTrue();
        assertThat(resumed.html()).containsPattern("id=\"q-new_partners-no\"[^>]*checked");
    }

    private String open(String mode) {
        String slug = mode + "-" + System.nanoTime();
        staff.post(
                "/api/campaigns",
                Map.of("slug", slug, "questionnaire", "keko-impact", "title", "No address", "accessMode", mode));
        return slug;
    }
}
