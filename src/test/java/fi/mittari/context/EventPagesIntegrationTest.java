package fi.mittari.context;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff add, change and list events and enter who came, in Finnish pages without scripts. */
@MicronautTest(transactional = false)
class EventPagesIntegrationTest {

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
    }

    @AfterEach
    void close() {
        pages.close();
    }

    @Test
    void anEventAddedInTheFormIsShownByNamesAndCanBeChanged() {
        ContextFixture.createProject(api, "sivut");
        var created = pages.post(
                "/staff/events",
                "code=SIVU-1&project=sivut&name=Verkostop%C3%A4iv%C3%A4&startsOn=2026-03-12&endsOn=2026-03-13"
                        + "&region=lappi&eventType=training&theme=");
        assertThat(created.code()).isEqualTo(303);
        assertThat(created.header("Location")).isEqualTo("/staff/events/SIVU-1?saved=created");

        String page = pages.get("/staff/events/SIVU-1?saved=created").body();
        assertThat(page)
                .contains("<h1>Verkostopäivä</h1>")
                .contains("Tilaisuus lisättiin.")
                .contains("Project sivut")
                .contains("<dd>Lappi</dd>")
                .contains("<dd>Koulutus</dd>")
                .contains("12.3.2026")
                .doesNotContain(">lappi<")
                .doesNotContain(">training<");

        var changed = pages.post(
                "/staff/events/SIVU-1/edit",
                "project=sivut&name=Verkostop%C3%A4iv%C3%A4+2&startsOn=2026-03-12&endsOn=2026-03-12"
                        + "&region=kainuu&eventType=workshop&theme=Ty%C3%B6llisyys");
        assertThat(changed.code()).isEqualTo(303);
        assertThat(api.get("/api/events/SIVU-1").body())
                .containsEntry("name", "Verkostopäivä 2")
                .containsEntry("region", "kainuu")
                .containsEntry("theme", "Työllisyys");
        assertThat(pages.get("/staff/events/SIVU-1/edit").body())
                .contains("<option value=\"kainuu\" selected=\"selected\">Kainuu</option>");
    }

    @Test
    void aRefusedFormNamesEachFieldByItsLabelAndKeepsWhatWasTyped() {
        ContextFixture.createProject(api, "virheet");
        var refused = pages.post(
                "/staff/events",
                "code=huono+koodi&project=virheet&name=&startsOn=2026-05-02&endsOn=2026-05-01"
                        + "&region=&eventType=fair&theme=");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("href=\"#e-code\"")
                .contains("Nimi: Tieto puuttuu.")
                .contains("Päättymispäivä: Ei voi olla ennen alkamispäivää 2026-05-02")
                .contains("Maakunta: Tieto puuttuu.")
                .contains("value=\"huono koodi\"")
                .doesNotContain("is required");
        assertThat(api.get("/api/events/huono koodi".replace(" ", "%20")).code())
                .isEqualTo(404);

        ContextFixture.createEvent(api, "VIRHE-1", "virheet");
        var taken = pages.post(
                "/staff/events",
                "code=VIRHE-1&project=virheet&name=Toinen&startsOn=2026-05-01&endsOn=2026-05-01"
                        + "&region=lappi&eventType=fair&theme=");
        assertThat(taken.code()).isEqualTo(422);
        assertThat(taken.body()).contains("Tunnus: Tilaisuus ”VIRHE-1” on jo olemassa.");
    }

    @Test
    void theListShowsOneProjectsEventsWhenFiltered() {
        ContextFixture.createProject(api, "lista-a");
        ContextFixture.createProject(api, "lista-b");
        ContextFixture.createEvent(api, "LISTA-A1", "lista-a");
        ContextFixture.createEvent(api, "LISTA-B1", "lista-b");
        String filtered = pages.get("/staff/events?project=lista-a").body();
        assertThat(filtered)
                .contains("Event LISTA-A1")
                .doesNotContain("Event LISTA-B1")
                .contains("Hankkeen Project lista-a tilaisuudet");
        assertThat(pages.get("/staff/events").body()).contains("Event LISTA-A1", "Event LISTA-B1");
    }

    @Test
    void participationRowsAreAddedChangedAndRemovedWithTotals() {
        ContextFixture.createProject(api, "laskuri");
        ContextFixture.createEvent(api, "laskuri-1", "laskuri");
        var saved = pages.post(
                "/staff/events/laskuri-1/participation",
                "sector-0=kela&region-0=lappi&organisation-0=&participants-0=4"
                        + "&sector-1=company&region-1=kainuu&organisation-1=&participants-1=2"
                        + "&sector-2=&region-2=&organisation-2=&participants-2=&action=save");
        assertThat(saved.code()).isEqualTo(303);
        assertThat(api.getList("/api/events/laskuri-1/participation"))
                .extracting(r -> r.get("sector") + " " + r.get("participants"))
                .containsExactly("kela 4", "company 2");
        String page = pages.get("/staff/events/laskuri-1").body();
        assertThat(page).contains("<td>Kela</td>", "<td>Yritys tai yrittäjä</td>", "<td>Kainuu</td>");
        assertThat(page).containsPattern("Yhteensä</th>\\s*<td class=\"number\">6</td>");

        var form = pages.get("/staff/events/laskuri-1/participation").body();
        assertThat(form).contains("id=\"participants-2\"").contains("value=\"4\"");
        pages.post(
                "/staff/events/laskuri-1/participation",
                "sector-0=kela&region-0=lappi&organisation-0=&participants-0=5&remove-0="
                        + "&sector-1=company&region-1=kainuu&organisation-1=&participants-1=2&remove-1=yes&action=save");
        assertThat(api.getList("/api/events/laskuri-1/participation"))
                .extracting(r -> r.get("sector") + " " + r.get("participants"))
                .containsExactly("kela 5");
    }

    @Test
    void aRefusedCountNamesItsRowAndColumnAndStoresNothing() {
        ContextFixture.createProject(api, "laskuri-v");
        ContextFixture.createEvent(api, "laskuri-v1", "laskuri-v");
        pages.post(
                "/staff/events/laskuri-v1/participation",
                "sector-0=kela&region-0=lappi&organisation-0=&participants-0=4&action=save");
        var refused = pages.post(
                "/staff/events/laskuri-v1/participation",
                "sector-0=kela&region-0=lappi&organisation-0=&participants-0=nelj%C3%A4"
                        + "&sector-1=&region-1=&organisation-1=&participants-1=&action=save");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("href=\"#participants-0\"")
                .contains("Rivi 1: Osallistujat: Anna kokonaisluku, vähintään 0 (nyt ”neljä”).");
        assertThat(api.getList("/api/events/laskuri-v1/participation"))
                .extracting(r -> r.get("participants"))
                .containsExactly(4);

        var more = pages.post(
                "/staff/events/laskuri-v1/participation",
                "sector-0=kela&region-0=lappi&organisation-0=&participants-0=4&action=add");
        assertThat(more.code()).isEqualTo(200);
        assertThat(more.body()).contains("id=\"participants-2\"");
    }
}
