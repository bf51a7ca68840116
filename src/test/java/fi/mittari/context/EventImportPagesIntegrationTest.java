package fi.mittari.context;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A file of events or participation is previewed first, then saved whole or cancelled; a bad file stores nothing. */
@MicronautTest(transactional = false)
class EventImportPagesIntegrationTest {

    private static final String EVENTS = "code;project;name;starts_on;ends_on;region;event_type;theme\n";
    private static final String PARTICIPATION = "event,sector,region,organisation,participants\n";
    private static final Pattern PREVIEW = Pattern.compile("/staff/events/import/([A-Za-z0-9_-]+)");
    private static final Pattern FINGERPRINT = Pattern.compile("name=\"fingerprint\" value=\"([0-9a-f]+)\"");

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    StaffApi api;
    StaffForms pages;

    @BeforeEach
    void login() {
        api = StaffApi.loginAsAdmin(client.toBlocking());
        pages = StaffForms.login(server.getURL(), StaffApi.ADMIN, StaffApi.ADMIN_PASSWORD);
        ContextFixture.createProject(api, "esikatselu");
    }

    @AfterEach
    void close() {
        pages.close();
    }

    @Test
    void aPreviewedEventFileIsStoredOnlyWhenSaved() {
        String token = upload(
                "EVENTS",
                EVENTS
                        + "ESI-01;esikatselu;Verkostopäivä;2026-04-01;2026-04-01;kainuu;network_meeting;Yhteistyö\n"
                        + "ESI-02;esikatselu;Koulutus Rovaniemellä;2026-05-04;2026-05-05;lappi;training;\n");
        String preview = pages.get("/staff/events/import/" + token).body();
        assertThat(preview)
                .contains("Tallennettavia uusia tilaisuuksia: 2.")
                .contains("Verkostopäivä", "Koulutus Rovaniemellä", "Project esikatselu")
                .contains("<td>Kainuu</td>", "<td>Verkostotapaaminen</td>", "4.5.2026–5.5.2026")
                .contains(">Tallenna</button>", ">Peruuta</button>");
        assertThat(api.get("/api/events/ESI-01").code()).isEqualTo(404);

        var saved = pages.post("/staff/events/import/" + token + "/save", "fingerprint=" + fingerprint(preview));
        assertThat(saved.code()).isEqualTo(303);
        assertThat(saved.header("Location")).isEqualTo("/staff/events?imported=2");
        assertThat(api.get("/api/events/ESI-02").body()).containsEntry("endsOn", "2026-05-05");
        assertThat(pages.get("/staff/events?imported=2").body()).contains("Tallennettuja rivejä: 2.");

        var again = pages.post("/staff/events/import/" + token + "/save", "fingerprint=" + fingerprint(preview));
        assertThat(again.header("Location")).isEqualTo("/staff/events/import?notice=gone");
    }

    @Test
    void aCancelledParticipationFileStoresNothing() {
        ContextFixture.createEvent(api, "ESI-P", "esikatselu");
        String token = upload("PARTICIPATION", PARTICIPATION + "ESI-P,kela,lappi,,7\nESI-P,company,lappi,,3\n");
        String preview = pages.get("/staff/events/import/" + token).body();
        assertThat(preview)
                .contains("Tallennettavia osallistujarivejä: 2, osallistujia yhteensä 10, tilaisuuksia: 1.")
                .contains("<td>Kela</td>", "<td>Lappi</td>");

        var cancelled = pages.post("/staff/events/import/" + token + "/cancel", "");
        assertThat(cancelled.header("Location")).isEqualTo("/staff/events/import?notice=cancelled");
        assertThat(api.getList("/api/events/ESI-P/participation")).isEmpty();
        assertThat(pages.get("/staff/events/import/" + token).header("Location"))
                .isEqualTo("/staff/events/import?notice=gone");
        assertThat(pages.get("/staff/events/import?notice=cancelled").body()).contains("Tuonti peruttiin.");
    }

    @Test
    void aFileWithErrorsListsEveryProblemByRowAndStoresNothing() {
        String token = upload(
                "EVENTS",
                EVENTS
                        + "VIRHE-01;esikatselu;Hyvä;2026-04-01;2026-04-01;kainuu;network_meeting;\n"
                        + "VIRHE-02;ei-ole;Huono;1.4.2026;2026-04-01;atlantis;training;\n");
        String preview = pages.get("/staff/events/import/" + token).body();
        assertThat(preview)
                .contains("Tiedostoa ei voi tallentaa")
                .contains("Virheitä: 3, rivejä: 1.")
                .contains("Hanketta ”ei-ole” ei ole.")
                .contains("starts_on (Alkamispäivä)")
                .contains("”atlantis” ei ole luettelossa.")
                .doesNotContain(">Tallenna</button>");
        assertThat(preview).containsPattern("<td class=\"number\">3</td>\\s*<td>project \\(Hanke\\)</td>");

        var forced = pages.post("/staff/events/import/" + token + "/save", "fingerprint=anything");
        assertThat(forced.code()).isEqualTo(422);
        assertThat(api.get("/api/events/VIRHE-01").code()).isEqualTo(404);
    }

    @Test
    void anUnreadableFileIsRefusedOnTheUploadPage() {
        var refused = pages.upload(
                "/staff/events/import",
                "EVENTS",
                "tapahtumat.xlsx",
                MediaType.APPLICATION_OCTET_STREAM_TYPE,
                new byte[] {1, 2, 3});
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("Tiedosto ei ole .xlsx-työkirja.");
    }

    private String upload(String kind, String csv) {
        HttpResponse<String> read = pages.upload(
                "/staff/events/import",
                kind,
                "tiedosto.csv",
                MediaType.of("text/csv"),
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(read.code()).as(read.body()).isEqualTo(303);
        Matcher token = PREVIEW.matcher(read.header("Location"));
        assertThat(token.matches()).isTrue();
        return token.group(1);
    }

    private static String fingerprint(String preview) {
        Matcher fingerprint = FINGERPRINT.matcher(preview);
        assertThat(fingerprint.find()).isTrue();
        return fingerprint.group(1);
    }
}
