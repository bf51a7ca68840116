package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A designer in a real (headless) Chromium: writes a questionnaire with a mistake, finds it at its line, previews the
 * fixed draft in Swedish, publishes it, and after answers exist must confirm before a choice with answers is removed.
 */
@MicronautTest(transactional = false)
class QuestionnaireDesignerBrowserTest {

    private static final String DEFINITION =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi, sv]
            title: {fi: Tapahtuman ilmoittautuminen, sv: Anmälan till evenemanget}
            questions:
              - key: sector
                type: single_choice
                required: true
                label: {fi: Mitä sektoria edustat, sv: Vilken sektor representerar du}
                choices:
                  - {value: ngo, label: {fi: Järjestö, sv: Organisation}}
                  - {value: kela, label: {fi: Kela, sv: FPA}}
              - key: useful
                type: %s
                label: {fi: Oliko tapahtuma hyödyllinen, sv: Var evenemanget nyttigt}
            """;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aDesignerFixesAnErrorAtItsLinePreviewsInSwedishPublishesAndConfirmsRemovingAnAnsweredChoice()
            throws Exception {
        String key = "designed-" + System.nanoTime();
        String base = server.getURL().toString();
        try (Browser browser = Browser.start()) {
            browser.open(base + "/login");
            browser.type("#username", StaffApi.ADMIN);
            browser.type("#password", StaffApi.ADMIN_PASSWORD);
            browser.click("button[type=submit]");
            assertThat(browser.awaitExactTitle("Etusivu – Mittari")).isEqualTo("Etusivu – Mittari");

            browser.open(base + "/staff/questionnaires/new");
            browser.clear("#definition");
            browser.type("#definition", DEFINITION.formatted(key, "yes_or_no"));
            browser.click("button[value=edit]");
            assertThat(browser.awaitTitle("Muokkaa")).startsWith("Muokkaa kyselyä " + key);
            String withError = browser.pageSource();
            assertThat(withError)
                    .contains("1 virhe korjattava ennen julkaisua")
                    .contains("<a href=\"#line-14\">Rivi 14, sarake 11</a>")
                    .containsPattern("<li id=\"line-14\" class=\"flagged\">\\s*<code>    type: yes_or_no</code>");

            browser.clear("#definition");
            browser.type("#definition", DEFINITION.formatted(key, "yes_no"));
            browser.click("button[value=preview]");
            assertThat(browser.awaitTitle("Tapahtuman")).isEqualTo("Tapahtuman ilmoittautuminen");
            browser.click("button[lang=sv]");
            assertThat(browser.awaitTitle("Anmälan")).isEqualTo("Anmälan till evenemanget");
            assertThat(browser.pageSource())
                    .contains("Vilken sektor representerar du")
                    .contains("FPA")
                    .contains("Esikatselu.");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary"))
                    .contains("error-summary")
                    .doesNotContain("hyväksyttäisiin");
            browser.click("#q-sector-kela");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("hyväksyttäisiin"))
                    .contains("Nämä vastaukset hyväksyttäisiin. Mitään ei tallennettu.");

            browser.open(base + "/staff/questionnaires/" + key + "/publish");
            assertThat(browser.pageSource()).contains("tästä tulee versio 1");
            browser.click("form[action$='/publish'] button");
            assertThat(browser.awaitTitle("Kyselyt")).startsWith("Kyselyt");
            assertThat(browser.pageSource()).contains("Kysely " + key + " julkaistiin versiona 1.");

            var staff = StaffApi.loginAsAdmin(client.toBlocking());
            staff.openCampaign(key, key, "Designed");
            for (String sector : List.of("kela", "kela", "ngo")) {
                assertThat(staff.post(
                                        "/api/campaigns/" + key + "/responses",
                                        Map.of("answers", Map.of("sector", sector)))
                                .code())
                        .isEqualTo(201);
            }

            browser.open(base + "/staff/questionnaires/" + key + "/edit");
            browser.clear("#definition");
            browser.type(
                    "#definition",
                    DEFINITION
                            .formatted(key, "yes_no")
                            .replace("      - {value: kela, label: {fi: Kela, sv: FPA}}\n", ""));
            browser.click("button[value=edit]");
            assertThat(browser.awaitSource("Luonnos tallennettiin.")).contains("Luonnos tallennettiin.");

            browser.open(base + "/staff/questionnaires/" + key + "/publish");
            assertThat(browser.pageSource())
                    .contains("vaihtoehto poistettu")
                    .contains("(vaatii vahvistuksen)")
                    .contains("Ymmärrän, että 2 tallennettua vastausta viittaa");
            browser.click("form[action$='/publish'] button");
            assertThat(browser.awaitSource("Ei julkaistu")).contains("Ei julkaistu: vahvista");
            assertThat(staff.get("/api/questionnaires/" + key + "/versions/2").code())
                    .isEqualTo(404);

            browser.click("#confirm");
            browser.click("form[action$='/publish'] button");
            assertThat(browser.awaitTitle("Kyselyt")).startsWith("Kyselyt");
            assertThat(browser.pageSource()).contains("Kysely " + key + " julkaistiin versiona 2.");
        }
    }
}
