package fi.mittari.definition;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.ContextFixture;
import fi.mittari.security.Roles;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The definitions pages over HTTP, without JavaScript: forms post and redirect; names in the page's language. */
@MicronautTest(transactional = false)
class DefinitionPagesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    DefinitionVersions versions;

    @Test
    void theListNamesEachDefinitionInFinnishWithItsVersionSourceAndProblems() {
        String list = get(admin(), "/staff/definitions").body();

        assertThat(list)
                .contains("<html lang=\"fi\"")
                .contains("<a href=\"/staff/definitions/indicator/third_sector_share\">Kolmannen sektorin osuus")
                .contains("<a href=\"/staff/definitions/report/keko-stea\">KeKo – vaikuttavuusraportti</a>")
                .contains("<td>tiedosto</td>")
                .doesNotContain(">third_sector_share<");
    }

    @Test
    void publishingFromTheEditorMakesVersionTwoAndTheHistoryListsBothWithTheirYaml() {
        StaffApi admin = admin();
        String yaml = DefinitionFixture.events("Tapahtumat", 0)
                .replace("code: events", "code: largest_event")
                .replace("count: events", "max: attendance");

        var published = post(admin, "/staff/definitions/indicator/largest_event/edit", yaml, "publish");

        assertThat(published.code()).isEqualTo(200);
        assertThat(published.body()).contains("Julkaistu versiona 2.").contains("<h1>Tapahtumat</h1>");
        assertThat(published.body())
                .contains("/staff/definitions/indicator/largest_event/versions/2")
                .contains("/staff/definitions/indicator/largest_event/versions/1")
                .contains("<td>admin</td>");
        var download = admin.exchange(
                HttpRequest.GET("/staff/definitions/indicator/largest_event/versions/2"), Argument.STRING);
        assertThat(download.body()).isEqualTo(yaml);
        assertThat(download.header(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"largest_event-v2.yaml\"");
        var first = admin.exchange(
                HttpRequest.GET("/staff/definitions/indicator/largest_event/versions/1"), Argument.STRING);
        assertThat(first.body())
                .isEqualTo(versions.version(DefinitionKind.INDICATOR, "largest_event", 1)
                        .orElseThrow()
                        .yaml());
    }

    @Test
    void aDraftWithErrorsIsSavedShownLineByLineAndRefusedOnPublish() {
        StaffApi admin = admin();
        String broken = DefinitionFixture.report("keko-sv", "region").replace("[events]", "[evnts]");

        var saved = post(admin, "/staff/definitions/report/keko-sv/edit", broken, "edit");
        assertThat(saved.code()).isEqualTo(200);
        assertThat(saved.body())
                .contains("Luonnos tallennettu.")
                .contains("<a href=\"#line-6\">Rivi 6, sarake 18</a>")
                .contains("<li id=\"line-6\" class=\"flagged\">");

        var refused = admin.exchange(
                HttpRequest.POST("/staff/definitions/report/keko-sv/publish", "")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                Argument.STRING);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("Ei julkaistu: luonnoksessa on virheitä.");
        assertThat(versions.history(DefinitionKind.REPORT, "keko-sv")).hasSize(1);
    }

    @Test
    void aReportOfAnEcosystemThatDoesNotExistIsShownAtItsLineAndRefusedOnPublish() {
        StaffApi admin = admin();
        String unknown =
                DefinitionFixture.report("keko-sv", "region").replace("projects: [keko]", "scope: {ecosystem: ei-ole}");

        var saved = post(admin, "/staff/definitions/report/keko-sv/edit", unknown, "edit");
        assertThat(saved.code()).isEqualTo(200);
        assertThat(saved.body())
                .contains("<a href=\"#line-4\">Rivi 4, sarake 24</a>")
                .contains("unknown ecosystem &#39;ei-ole&#39;");

        var refused = admin.exchange(
                HttpRequest.POST("/staff/definitions/report/keko-sv/publish", "")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                Argument.STRING);
        assertThat(refused.code()).isEqualTo(422);
        assertThat(versions.history(DefinitionKind.REPORT, "keko-sv")).hasSize(1);
    }

    @Test
    void aDesignerReadsButDoesNotEdit() {
        StaffApi designer = ContextFixture.loginAs(client.toBlocking(), admin(), Roles.DESIGNER);

        assertThat(get(designer, "/staff/definitions").code()).isEqualTo(200);
        assertThat(get(designer, "/staff/definitions").body()).doesNotContain("/staff/definitions/indicator/new");
        assertThat(get(designer, "/staff/definitions/indicator/events").code()).isEqualTo(200);
        assertThat(get(designer, "/staff/definitions/indicator/events/edit").code())
                .isEqualTo(403);
        assertThat(post(designer, "/staff/definitions/indicator/events/edit", "x", "publish")
                        .code())
                .isEqualTo(403);
    }

    private StaffApi admin() {
        return StaffApi.loginAsAdmin(client.toBlocking());
    }

    private static HttpResponse<String> get(StaffApi staff, String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING);
    }

    private static HttpResponse<String> post(StaffApi staff, String path, String yaml, String then) {
        String form = "yaml=" + URLEncoder.encode(yaml, StandardCharsets.UTF_8) + "&then=" + then;
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }
}
