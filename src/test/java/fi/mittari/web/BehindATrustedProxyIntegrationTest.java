package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.AbsoluteLinks;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Without {@code MITTARI_PUBLIC_URL}, behind a trusted proxy (here every request comes from this machine, which the
 * setting trusts): links follow the address the proxy forwarded, staff opening Mittari at another address see the
 * banner, and a login cookie that a browser does not keep over plain HTTP brings it back to the form with the reason.
 */
@MicronautTest(transactional = false)
@Property(name = "mittari.public-url", value = "")
@Property(name = "mittari.trusted-proxies", value = "127.0.0.0/8, ::1")
@Property(name = "micronaut.security.token.cookie.cookie-secure", value = "true")
class BehindATrustedProxyIntegrationTest {

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
    void anInvitationLinkFollowsTheAddressTheProxyForwarded() {
        String slug = invitationCampaign();

        String link = firstLink(
                slug,
                HttpRequest.POST("/api/campaigns/" + slug + "/invitations", Map.of("count", 1))
                        .header("X-Forwarded-Host", "kysely.yhdistys.fi")
                        .header("X-Forwarded-Proto", "https"));

        assertThat(link).matches("https://kysely\\.yhdistys\\.fi/i/[A-Za-z0-9_-]{22}");
    }

    @Test
    void withoutForwardedHeadersTheLinkIsTheAddressTheProxyAskedForAndItOpensTheForm() {
        String slug = invitationCampaign();

        String link = firstLink(slug, HttpRequest.POST("/api/campaigns/" + slug + "/invitations", Map.of("count", 1)));

        assertThat(link).startsWith(server.getURL() + "/i/");
        assertThat(AbsoluteLinks.open(link).isForm()).isTrue();
    }

    @Test
    void staffWhoOpenMittariAtAnotherAddressSeeTheBannerAndThoseAtThisMachineDoNot() {
        String elsewhere = page(HttpRequest.GET("/staff").header("X-Forwarded-Host", "mittari.yhdistys.fi"));
        String here = page(HttpRequest.GET("/staff"));

        assertThat(elsewhere)
                .contains("class=\"address-banner\"")
                .contains("Mittarin julkista osoitetta ei ole asetettu")
                .contains("MITTARI_PUBLIC_URL")
                .contains("http://mittari.yhdistys.fi");
        assertThat(here).contains("Kirjautuneena: admin").doesNotContain("address-banner");
    }

    @Test
    void aSecureCookieRefusedOverPlainHttpBringsTheBrowserBackToTheFormWithTheReason() throws Exception {
        var configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        try (HttpClient browser = HttpClient.create(server.getURL(), configuration)) {
            var login = browser.toBlocking()
                    .exchange(
                            HttpRequest.POST("/login", "username=admin&password=" + StaffApi.ADMIN_PASSWORD)
                                    .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                            String.class);
            assertThat(login.header("Location")).isEqualTo("/login/check");
            String cookie = login.header("Set-Cookie");
            assertThat(cookie).startsWith("JWT=").contains("Secure");

            // a browser on http:// drops a Secure cookie, so the check comes without it
            var dropped = exchange(browser, HttpRequest.GET("/login/check"));
            assertThat(dropped.code()).isEqualTo(303);
            assertThat(dropped.header("Location")).isEqualTo("/login?cookie=refused");
            assertThat(body(browser, HttpRequest.GET("/login?cookie=refused")))
                    .contains("Kirjautuminen ei jäänyt voimaan")
                    .contains("yhteys Mittariin on salaamaton (http://)")
                    .contains("MITTARI_COOKIE_SECURE=false");
            assertThat(body(browser, HttpRequest.GET("/login?cookie=refused&lang=sv")))
                    .contains("anslutningen till Mittari är okrypterad (http://)");
            assertThat(body(browser, HttpRequest.GET("/login?cookie=refused&lang=en")))
                    .contains("the connection to Mittari is not encrypted (http://)");
            // over TLS at the proxy, the cookie was refused for another reason: cookies are blocked
            assertThat(body(browser, HttpRequest.GET("/login?cookie=refused").header("X-Forwarded-Proto", "https")))
                    .contains("Salli evästeet")
                    .doesNotContain("salaamaton");

            var kept = exchange(
                    browser,
                    HttpRequest.GET("/login/check").header("Cookie", cookie.substring(0, cookie.indexOf(';'))));
            assertThat(kept.header("Location")).isEqualTo("/staff");
            assertThat(body(browser, HttpRequest.GET("/login"))).doesNotContain("Kirjautuminen ei jäänyt voimaan");
        }
    }

    private String invitationCampaign() {
        String slug = "proxied-" + System.nanoTime();
        staff.post(
                "/api/campaigns",
                Map.of("slug", slug, "questionnaire", "keko-impact", "title", "Proxied", "accessMode", "invitation"));
        return slug;
    }

    private String firstLink(String slug, MutableHttpRequest<?> request) {
        var csv = staff.exchange(request.accept("text/csv"), Argument.STRING);
        assertThat(csv.code()).as(slug).isEqualTo(201);
        return csv.body().lines().skip(1).findFirst().orElseThrow().substring(1);
    }

    private String page(MutableHttpRequest<?> request) {
        return staff.exchange(request.accept(MediaType.TEXT_HTML), Argument.STRING)
                .body();
    }

    private static HttpResponse<String> exchange(HttpClient browser, MutableHttpRequest<?> request) {
        try {
            return browser.toBlocking().exchange(request.accept(MediaType.TEXT_HTML), String.class);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> refused = (HttpResponse<String>) e.getResponse();
            return refused;
        }
    }

    private static String body(HttpClient browser, MutableHttpRequest<?> request) {
        return exchange(browser, request).body();
    }
}
