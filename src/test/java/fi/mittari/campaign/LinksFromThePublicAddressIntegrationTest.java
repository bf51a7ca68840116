package fi.mittari.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.AbsoluteLinks;
import fi.mittari.support.FormWalker;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Mittari on a random port with {@code MITTARI_PUBLIC_URL} pointing at it: every link it hands out (the invitation CSV,
 * the resume link, the QR code) is followed to that address, as a respondent would, and opens a working form.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LinksFromThePublicAddressIntegrationTest implements TestPropertyProvider {

    private static final String PAGE_ONE = "q.new_partners=no&q.topical_knowledge=yes&q.employment_knowledge=partly";

    @Inject
    @Client("/")
    HttpClient client;

    private String publicUrl;
    private StaffApi staff;

    @Override
    public Map<String, String> getProperties() {
        int port = freePort();
        // 127.0.0.1 rather than the embedded server's "localhost": the links must come from the setting.
        publicUrl = "http://127.0.0.1:" + port;
        return Map.of("micronaut.server.port", Integer.toString(port), "mittari.public-url", publicUrl + "/");
    }

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
    }

    @Test
    void anInvitationLinkFromTheCsvOpensTheFormAtThePublicAddress() {
        String slug = open("invitation", List.of());
        var csv = staff.exchange(
                HttpRequest.POST("/api/campaigns/" + slug + "/invitations", Map.of("count", 1))
                        .accept("text/csv"),
                Argument.STRING);

        String link = csv.body().lines().skip(1).findFirst().orElseThrow().substring(1);
        assertThat(link).matches(Pattern.quote(publicUrl) + "/i/[A-Za-z0-9_-]{22}");
        var form = AbsoluteLinks.open(link);
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.isForm()).isTrue();
    }

    @Test
    void aResumeLinkAtThePublicAddressLeadsBackToTheSavedPage() {
        String slug = open("public", List.of());
        var walker = new FormWalker(client.toBlocking());
        var second = walker.send(walker.open("/s/" + slug + "?lang=en"), PAGE_ONE, "next");

        var later = walker.send(second, "q.region=lappi", "later");

        var link = Pattern.compile("href=\"(" + Pattern.quote(publicUrl) + "/r/[A-Za-z0-9_-]+\\?lang=en)\"")
                .matcher(later.html());
        assertThat(link.find()).as(later.html()).isTrue();
        var resumed = AbsoluteLinks.open(link.group(1));
        assertThat(resumed.pageKey()).isEqualTo(second.pageKey());
        assertThat(resumed.html()).containsPattern("id=\"q-region-lappi\"[^>]*checked");
    }

    @Test
    void theQrCodeOfAPublicCampaignReadsAsItsLinkAndThatLinkOpensTheForm() {
        String slug = open("kiosk", List.of());

        var png = staff.download("/staff/campaigns/" + slug + "/qr.png");

        assertThat(png.getContentType().map(MediaType::toString)).contains("image/png");
        assertThat(png.header("Content-Disposition")).contains(slug + "-qr.png");
        String link = AbsoluteLinks.decodeQr(png.body());
        assertThat(link).isEqualTo(publicUrl + "/s/" + slug);
        assertThat(AbsoluteLinks.open(link).isForm()).isTrue();
    }

    @Test
    void thePosterHoldsTheTitleInEachOfTheCampaignsLanguagesAndTheLink() {
        String slug = open("public", List.of("fi", "sv"));

        String poster = staff.exchange(
                        HttpRequest.GET("/staff/campaigns/" + slug + "/poster").accept(MediaType.TEXT_HTML),
                        Argument.STRING)
                .body();

        assertThat(poster)
                .containsPattern("<h1 lang=\"fi\"[^>]*>KeKo-hankkeen vaikuttavuuskysely</h1>")
                .containsPattern("<h1 lang=\"sv\"[^>]*>Enkät om KeKo-projektets effekter</h1>")
                .doesNotContain("KeKo project impact survey")
                .contains("<p class=\"poster-link\">" + publicUrl + "/s/" + slug + "</p>")
                .contains("src=\"/staff/campaigns/" + slug + "/qr.png\"")
                .contains("osoita QR-koodia")
                .contains("rikta den mot QR-koden")
                .contains("/assets/poster.css");
    }

    @Test
    void anInvitationCampaignHasNoSharedLinkAndSoNoQrCode() {
        String slug = open("invitation", List.of());

        assertThat(staff.exchange(HttpRequest.GET("/staff/campaigns/" + slug + "/qr.png"), Argument.STRING)
                        .code())
                .isEqualTo(404);
        assertThat(staff.exchange(HttpRequest.GET("/staff/campaigns/" + slug + "/poster"), Argument.STRING)
                        .code())
                .isEqualTo(404);
    }

    private String open(String mode, List<String> languages) {
        String slug = mode + "-" + System.nanoTime();
        assertThat(staff.post(
                                "/api/campaigns",
                                Map.of(
                                        "slug", slug,
                                        "questionnaire", "keko-impact",
                                        "title", "Links",
                                        "accessMode", mode,
                                        "languages", languages))
                        .code())
                .isEqualTo(201);
        return slug;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
