package fi.mittari.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import fi.mittari.support.Axe;
import fi.mittari.support.AxeViolation;
import fi.mittari.support.Browser;
import fi.mittari.support.PageActions;
import fi.mittari.support.SheetTable;
import fi.mittari.support.StaffApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A new coordinator's year, walked in Finnish in a real Chromium through the staff pages only, as people do it: the
 * admin makes the coordinator's and the funder's accounts; the coordinator adds a project with goals, an event with its
 * participants and a campaign; respondents answer on the form; the coordinator computes the indicators, defines a
 * report in the editor and builds it; the admin gives the funder the project; the funder sees only that report and
 * downloads it, and its figures are the ones the indicator page showed. axe-core (WCAG 2.1 A and AA) on every staff
 * page met and on the first respondent's pages, on a phone and a wide screen, and reflow at 320 px.
 */
@MicronautTest(transactional = false)
class CoordinatorYearBrowserTest {

    private static final int PHONE = 390;
    private static final int WIDE = 1200;
    private static final int NARROWEST = 320;

    /** Twelve respondents: seven found new partners, five did not; every count shown is at least 5 of 12 persons. */
    private static final List<String> NEW_PARTNERS =
            List.of("yes", "no", "yes", "yes", "no", "yes", "no", "yes", "yes", "no", "yes", "no");

    /** Picks the option with {@code value} in the select {@code arguments[0]} (labels that vary, e.g. event types). */
    private static final String PICK =
            """
            const select = document.querySelector(arguments[0]);
            const wanted = arguments[1];
            const option = wanted === ''
                ? [...select.options].find(o => o.value !== '')
                : [...select.options].find(o => o.value === wanted);
            if (!option) return null;
            select.value = option.value;
            select.dispatchEvent(new Event('change', {bubbles: true}));
            return option.textContent.trim();
            """;

    /** The shown total of an indicator on the results page, as text, or null while it is not there. */
    private static final String INDICATOR_TOTAL =
            """
            const heading = document.getElementById('ind-' + arguments[0]);
            if (!heading) return null;
            const figure = heading.closest('section').querySelector('.indicator-total .figure');
            const first = figure.querySelector('span');
            return (first || figure).textContent.trim();
            """;

    @Inject
    EmbeddedServer server;

    private final List<String> problems = new ArrayList<>();
    private String base;
    private String run;

    @BeforeEach
    void setUp() {
        Axe.require();
        base = server.getURL().toString();
        // names are per run: the MariaDB half may meet the accounts and projects of an earlier run
        run = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void aCoordinatorRunsAYearAndTheFunderDownloadsTheFiguresTheIndicatorPageShows() throws Exception {
        String coordinator = "koordinaattori-" + run;
        String funder = "rahoittaja-" + run;
        String project = "vuosi-" + run;
        String projectName = "Verkostovuosi " + run;
        String event = "VUOSI-" + run.toUpperCase(java.util.Locale.ROOT);
        String eventName = "Aluefoorumi " + run;
        String slug = "vuosi-kysely-" + run;
        String reportCode = "vuosi-raportti-" + run;
        String reportTitle = "Verkostovuoden raportti " + run;

        try (Browser browser = Browser.start()) {
            PageActions page = new PageActions(browser);

            // 1. the admin makes the two accounts and reads each password from the page that shows it once
            logIn(browser, StaffApi.ADMIN, StaffApi.ADMIN_PASSWORD);
            visit(browser, "/staff/users", "account list");
            page.follow("Lisää käyttäjätili");
            page.awaitHeading("Uusi käyttäjätili");
            check(browser, "new account form");
            page.fill("Käyttäjätunnus", coordinator);
            page.tick("Kyselyjen suunnittelija");
            page.tick("Analyytikko");
            page.press("Luo käyttäjätili");
            String coordinatorPassword = shownPassword(browser, page);
            check(browser, "shown-once password");
            visit(browser, "/staff/users", "account list with the coordinator");
            page.follow("Lisää käyttäjätili");
            page.awaitHeading("Uusi käyttäjätili");
            page.fill("Käyttäjätunnus", funder);
            page.tick("Rahoittaja");
            page.press("Luo käyttäjätili");
            String funderPassword = shownPassword(browser, page);
            assertThat(coordinatorPassword).isNotEqualTo(funderPassword);
            logOut(page);

            // 2. the coordinator adds the project and two goals on its page
            logIn(browser, coordinator, coordinatorPassword);
            visit(browser, "/staff/projects", "project list");
            page.follow("Lisää hanke");
            page.awaitHeading("Lisää hanke");
            check(browser, "new project form");
            page.fill("Tunnus", project);
            page.fill("Nimi", projectName);
            page.fill("Rahoittaja", "STEA");
            browser.typeDate(page.field("Alkaa"), LocalDate.of(2026, 1, 1));
            browser.typeDate(page.field("Päättyy"), LocalDate.of(2027, 12, 31));
            page.press("Lisää hanke");
            page.awaitHeading(projectName);
            page.fill("Tavoite", "Osallistujia tilaisuuksiin");
            page.choose("Indikaattori", "Osallistujat");
            page.fill("Tavoitearvo", "100");
            page.press("Lisää tavoite");
            assertThat(browser.awaitSource("Osallistujia tilaisuuksiin")).contains("Osallistujia tilaisuuksiin");
            page.fill("Tavoite", "Uusia kumppaneita verkostosta");
            page.choose("Indikaattori", "Uusia yhteistyökumppaneita löytäneet");
            page.fill("Tavoitearvo", "50");
            page.press("Lisää tavoite");
            assertThat(browser.awaitSource("Uusia kumppaneita verkostosta")).contains("Osallistujia tilaisuuksiin");
            page.awaitHeading(projectName);
            check(browser, "project page with two goals");

            // 3. an event of the project, and who came: 12 from Kela and 8 from companies, all in Lapland
            visit(browser, "/staff/events", "event list");
            page.follow("Lisää tilaisuus");
            page.awaitHeading("Uusi tilaisuus");
            check(browser, "new event form");
            page.fill("Tunnus", event);
            page.choose("Hanke", projectName);
            page.fill("Nimi", eventName);
            browser.typeDate(page.field("Alkamispäivä"), LocalDate.of(2026, 11, 10));
            browser.typeDate(page.field("Päättymispäivä"), LocalDate.of(2026, 11, 10));
            pick(browser, page.field("Maakunta"), "lappi");
            pick(browser, page.field("Tilaisuuden tyyppi"), "");
            page.press("Lisää tilaisuus");
            page.awaitHeading(eventName);
            page.follow("Kirjaa, muokkaa tai poista osallistujarivejä");
            page.awaitHeading("Osallistujat: " + eventName);
            pick(browser, page.field("Rivi 1: Sektori"), "kela");
            pick(browser, page.field("Rivi 1: Maakunta"), "lappi");
            page.fill("Rivi 1: Osallistujat", "12");
            page.press("Lisää tyhjä rivi");
            assertThat(browser.awaitSource("Rivi 2: Sektori")).contains("Rivi 2: Sektori");
            pick(browser, page.field("Rivi 2: Sektori"), "company");
            pick(browser, page.field("Rivi 2: Maakunta"), "lappi");
            page.fill("Rivi 2: Osallistujat", "8");
            check(browser, "participation form");
            page.press("Tallenna osallistujat");
            page.awaitHeading(eventName);
            assertThat(browser.awaitSource("Osallistujat tallennettiin.")).contains("Osallistujat tallennettiin.");
            check(browser, "event page with participants");

            // 4. a campaign on the impact survey, tied to the project and the event
            visit(browser, "/staff/campaigns", "campaign list");
            page.follow("Uusi keräys");
            page.awaitHeading("Uusi keräys");
            page.fill("Osoite", slug);
            page.fill("Nimi", "Vaikuttavuuskysely " + run);
            pick(browser, page.field("Kysely"), "keko-impact");
            page.choose("Hanke", projectName);
            page.choose("Tilaisuus", eventName);
            check(browser, "campaign form");
            page.press("Avaa keräys");
            browser.awaitSource(slug);
            check(browser, "campaign page");

            // 5. twelve respondents answer on the form, each in a browser of their own
            try (Browser respondent = Browser.start()) {
                for (int i = 0; i < NEW_PARTNERS.size(); i++) {
                    answer(respondent, slug, NEW_PARTNERS.get(i), i == 0);
                }
            }

            // 6. the coordinator computes the indicators on the indicator page
            visit(browser, "/staff/indicators?project=" + project, "indicator page before computing");
            page.press("Laske indikaattorit");
            String participantsShown = awaitIndicator(browser, project, "participants");
            String partnersShown = awaitIndicator(browser, project, "found_new_partners");
            check(browser, "indicator page with results");
            assertThat(number(participantsShown)).isEqualTo(20);
            assertThat(number(partnersShown)).isCloseTo(100.0 * 7 / 12, within(0.05));

            // 7. a report for the project, typed into the editor and published, then built on the reports page
            visit(browser, "/staff/definitions", "definition list");
            page.follow("Uusi raportti");
            page.awaitHeading("Uusi raportti");
            browser.clear("#yaml");
            browser.type(
                    "#yaml",
                    "reports:\n  - code: " + reportCode + "\n    title: " + reportTitle + "\n    projects: [" + project
                            + "]\n    period: project\n    indicators: [participants, found_new_partners]\n"
                            + "    breakdowns: [region, sector]\n    contact: {name: Kaisa Koordinaattori}\n");
            check(browser, "report definition editor");
            page.press("Tallenna ja julkaise");
            browser.awaitSource("Julkaistu versiona 1");
            check(browser, "published report definition");
            visit(browser, "/staff/reports", "report list before building");
            browser.click("#build-" + reportCode);
            awaitReportListed(browser, reportCode);
            check(browser, "report list with the built report");
            logOut(page);

            // 8. the admin gives the funder the project
            logIn(browser, StaffApi.ADMIN, StaffApi.ADMIN_PASSWORD);
            visit(browser, "/staff/users/" + funder, "funder's account");
            page.tick(projectName);
            page.press("Tallenna hankkeet");
            assertThat(browser.awaitSource("Hankkeet tallennettu.")).contains("Hankkeet tallennettu.");
            check(browser, "funder's account with the project");
            logOut(page);

            // 9. the funder sees that report only, downloads it, and finds the indicator page's figures in it
            logIn(browser, funder, funderPassword);
            visit(browser, "/staff/reports", "funder's report list");
            String reports = browser.pageSource();
            assertThat(reports).contains(reportTitle).doesNotContain("Muodosta nyt");
            Object rows = browser.script("return document.querySelectorAll('main table tbody tr').length;");
            assertThat(((Number) rows).intValue()).as("the funder's reports").isEqualTo(1);
            String href = (String) browser.script("return document.querySelector('td.download a').href;");
            byte[] workbook = download(browser, href);
            try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
                SheetTable summary = SheetTable.withHeader(book.getSheet("Yhteenveto"), "Tunnus");
                assertThat(summary.number(summary.row("Tunnus", "participants"), "Arvo"))
                        .isEqualTo(number(participantsShown));
                assertThat(100 * summary.number(summary.row("Tunnus", "found_new_partners"), "Arvo"))
                        .isCloseTo(number(partnersShown), within(0.05));
            }
            logOut(page);
        }
        if (!problems.isEmpty()) {
            fail("axe-core " + Axe.version() + " and the reflow check found WCAG 2.1 A/AA violations:\n\n"
                    + String.join("\n\n", problems));
        }
    }

    private void logIn(Browser browser, String username, String password) throws IOException, InterruptedException {
        browser.open(base + "/login");
        browser.type("#username", username);
        browser.type("#password", password);
        browser.click("main button[type=submit]");
        assertThat(browser.awaitExactTitle("Etusivu – Mittari")).isEqualTo("Etusivu – Mittari");
    }

    private static void logOut(PageActions page) throws IOException, InterruptedException {
        page.press("Kirjaudu ulos");
        page.awaitHeading("Kirjaudu Mittariin");
    }

    private static String shownPassword(Browser browser, PageActions page) throws IOException, InterruptedException {
        page.awaitHeading("Uusi salasana");
        String password = (String) browser.script(
                "const c = document.querySelector('.shown-password code'); return c ? c.textContent.trim() : null;");
        assertThat(password).as("the password shown once").isNotBlank();
        return password;
    }

    private static void pick(Browser browser, String select, String value) throws IOException, InterruptedException {
        if (browser.script(PICK, select, value) == null) {
            throw new AssertionError("no option " + value + " in " + select + " on " + browser.url());
        }
    }

    /** One respondent through the three pages of keko-impact, in Finnish. */
    private void answer(Browser respondent, String slug, String newPartners, boolean checkPages)
            throws IOException, InterruptedException {
        respondent.open(base + "/accessibility");
        respondent.deleteCookies();
        respondent.open(base + "/s/" + slug);
        respondent.awaitSource("Sivu 1/3");
        if (checkPages) {
            check(respondent, "respondent form, page 1 of 3");
        }
        respondent.click("[id='q-new_partners-" + newPartners + "']");
        respondent.click("[id='q-topical_knowledge-partly']");
        respondent.click("[id='q-employment_knowledge-yes']");
        respondent.click("[id='q-usefulness-8']");
        respondent.click("button[value=next]");
        respondent.awaitSource("Sivu 2/3");
        if (checkPages) {
            check(respondent, "respondent form, page 2 of 3");
        }
        respondent.click("[id='q-region-lappi']");
        respondent.click("[id='q-organisation_type-third_sector']");
        respondent.click("button[value=next]");
        respondent.awaitSource("Sivu 3/3");
        if (checkPages) {
            check(respondent, "respondent form, page 3 of 3");
        }
        respondent.click("button[value=send]");
        assertThat(respondent.awaitTitle("Kiitos vastauksestasi!")).isEqualTo("Kiitos vastauksestasi!");
        if (checkPages) {
            check(respondent, "thank-you page");
        }
    }

    private String awaitIndicator(Browser browser, String project, String indicator)
            throws IOException, InterruptedException {
        try {
            return untilShown(() -> {
                        browser.open(base + "/staff/indicators?project=" + project);
                        return browser.script(INDICATOR_TOTAL, indicator);
                    })
                    .toString();
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("no figure for " + indicator + " on " + browser.url(), e);
        }
    }

    private void awaitReportListed(Browser browser, String code) throws IOException, InterruptedException {
        try {
            untilShown(() -> {
                browser.open(base + "/staff/reports");
                return browser.pageSource().contains("määrittely " + code) ? code : null;
            });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("the report " + code + " was not listed on " + browser.url(), e);
        }
    }

    /** Reloads a page every half second for up to 90 s (the batch run behind it is still going) until it shows a value. */
    private static Object untilShown(Callable<Object> reload) {
        return await().atMost(Duration.ofSeconds(90))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(500))
                .until(reload, Objects::nonNull);
    }

    /** Fetches {@code href} as the logged-in user of the browser: with the browser's cookies. */
    private static byte[] download(Browser browser, String href) throws IOException, InterruptedException {
        List<String> cookies = new ArrayList<>();
        for (String name : browser.cookieNames()) {
            cookies.add(name + "=" + browser.cookie(name).orElseThrow());
        }
        HttpResponse<byte[]> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(href))
                                .header("Cookie", String.join("; ", cookies))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as("download of " + href).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        return response.body();
    }

    /** A figure as the page writes it in Finnish ("1 290 osallistujaa", "58,3 %") as a number. */
    private static double number(String shown) {
        String digits = shown.replaceAll("[\\s\\u00a0\\u202f]", "")
                .replace('\u2212', '-')
                .replace(',', '.')
                .replaceAll("[^0-9.\\-].*$", "");
        return Double.parseDouble(digits);
    }

    private void visit(Browser browser, String path, String name) throws IOException, InterruptedException {
        browser.open(base + path);
        check(browser, name);
    }

    private void check(Browser browser, String name) throws IOException, InterruptedException {
        String url = browser.url();
        List<AxeViolation> onPhone = browser.accessibilityViolations();
        onPhone.forEach(v -> problems.add(name + " <" + url + ">: " + v));
        browser.resize(WIDE, 900);
        List<String> wide = browser.accessibilityViolations().stream()
                .filter(v -> !onPhone.contains(v))
                .map(v -> name + " at " + WIDE + " px wide: " + v)
                .collect(Collectors.toList());
        problems.addAll(wide);
        browser.resize(NARROWEST, 900);
        browser.overflowingElements()
                .forEach(e -> problems.add(name + ": reflow (WCAG 1.4.10) at " + NARROWEST + " px wide: " + e));
        browser.resize(PHONE, 900);
    }
}
