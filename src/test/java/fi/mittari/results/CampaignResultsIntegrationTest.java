package fi.mittari.results;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.campaign.Campaigns;
import fi.mittari.support.PublishedQuestionnaire;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A campaign's results page against figures worked out by hand from twelve responses: counts, shares, mean and
 * median; a group under five hidden from an analyst and shown to an admin; personal and open answers never shown.
 */
@MicronautTest(transactional = false)
class CampaignResultsIntegrationTest {

    private static final String QUESTIONNAIRE =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Palaute}
            questions:
              - key: sector
                type: single_choice
                label: {fi: Sektori}
                choices:
                  - {value: ngo, label: {fi: Järjestö}}
                  - {value: kela, label: {fi: Kela}}
                  - {value: muu, label: {fi: Muu taho}}
              - key: why
                type: single_choice
                relevant: sector = 'kela'
                label: {fi: Miksi Kela}
                choices:
                  - {value: raha, label: {fi: Raha}}
                  - {value: neuvo, label: {fi: Neuvonta}}
              - key: grade
                type: rating
                min: 1
                max: 5
                label: {fi: Arvosana}
              - key: again
                type: single_choice
                label: {fi: "Tulisitko uudestaan, vaikka arvosanasi oli ${grade}?"}
                choices:
                  - {value: yes, label: {fi: Tulisin uudestaan}}
                  - {value: no, label: {fi: En tulisi}}
              - key: home
                type: single_choice
                personal: true
                label: {fi: Kotikunta}
                choices:
                  - {value: salainenkunta, label: {fi: Salainenkunta}}
              - key: words
                type: text
                label: {fi: Vapaa sana}
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    Campaigns campaigns;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    private StaffApi admin;
    private String slug;

    @BeforeEach
    void seed() {
        admin = StaffApi.loginAsAdmin(client.toBlocking());
        String tag = Long.toString(System.nanoTime(), 36);
        String key = "results-" + tag;
        slug = "tulokset-" + tag;
        PublishedQuestionnaire.publish(admin, key, QUESTIONNAIRE);
        admin.openCampaign(slug, key, "Tuloskeräys");
        // sector: ngo 8, kela 3, muu 1; grade: 1,2,2,3,3,3,4,4,4,4,5,5 (mean 40/12 = 3.33, median (3+4)/2 = 3.5)
        List<String> sectors =
                List.of("ngo", "ngo", "ngo", "ngo", "ngo", "ngo", "ngo", "ngo", "kela", "kela", "kela", "muu");
        List<Integer> grades = List.of(1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5, 5);
        for (int i = 0; i < 12; i++) {
            Map<String, Object> answers = new HashMap<>();
            answers.put("sector", sectors.get(i));
            answers.put("grade", grades.get(i));
            answers.put("home", "salainenkunta");
            answers.put("words", "SALAINEN-TEKSTI");
            // an optional question six answered (five yes, one no) and six skipped
            if (i < 6) {
                answers.put("again", i < 5 ? "yes" : "no");
            }
            if (sectors.get(i).equals("kela")) {
                answers.put("why", i == 8 ? "neuvo" : "raha");
            }
            var sent = admin.post("/api/campaigns/" + slug + "/responses", Map.of("answers", answers));
            assertThat(sent.code()).as(String.valueOf(sent.body())).isEqualTo(201);
        }
    }

    @Test
    void anAdminSeesEveryCountShareMeanAndMedianAsWorkedOutByHand() {
        String page = page(admin, "");
        assertThat(page).contains("Vastauksia tällä jaksolla: 12.");
        assertThat(row(page, "Järjestö")).containsExactly("8", "67 %");
        assertThat(row(page, "Kela")).containsExactly("3", "25 %");
        assertThat(row(page, "Muu taho")).containsExactly("1", "8 %");
        // the condition's question: shares over the three who were asked
        assertThat(row(page, "Raha")).containsExactly("2", "67 %");
        assertThat(row(page, "Neuvonta")).containsExactly("1", "33 %");
        assertThat(page).contains("Keskiarvo 3,3").contains("mediaani 3,5");
        assertThat(row(page, "4")).containsExactly("4", "33 %");
        // a label showing an earlier answer to respondents shows a gap here, where no one answer applies
        assertThat(page)
                .contains("Tulisitko uudestaan, vaikka arvosanasi oli …?")
                .doesNotContain("${grade}");
        assertThat(page)
                .doesNotContain("Kotikunta")
                .doesNotContain("Salainenkunta")
                .doesNotContain("SALAINEN-TEKSTI")
                .doesNotContain("Vapaa sana");
    }

    @Test
    void sharesAreOfThoseWhoAnsweredAndThePageShowsHowManyAnsweredOfHowMany() {
        String page = page(admin, "");
        // skipped by six: 5 / 6 and 1 / 6, not 5 / 12
        assertThat(row(page, "Tulisin uudestaan")).containsExactly("5", "83 %");
        assertThat(row(page, "En tulisi")).containsExactly("1", "17 %");
        assertThat(page).contains("Kysymykseen vastasi 6 jakson 12 vastaajasta.");
        // not asked of nine by its condition: 2 / 3
        assertThat(page).contains("Kysymykseen vastasi 3 jakson 12 vastaajasta.");
        assertThat(page).contains("Kysymykseen vastasi 12 jakson 12 vastaajasta.");
    }

    @Test
    void anAnalystSeesSmallGroupsHidden() {
        String analyst = "results-analyst-" + Long.toString(System.nanoTime(), 36);
        admin.post(
                "/api/users",
                Map.of("username", analyst, "password", "a-long-enough-password", "roles", List.of("ANALYST")));
        StaffApi other = StaffApi.login(client.toBlocking(), analyst, "a-long-enough-password");

        String page = page(other, "");
        assertThat(row(page, "Järjestö")).containsExactly("8", "67 %");
        assertThat(row(page, "Kela")).containsExactly("piilotettu", "piilotettu");
        assertThat(row(page, "Muu taho")).containsExactly("piilotettu", "piilotettu");
        assertThat(row(page, "Raha")).containsExactly("piilotettu", "piilotettu");
        assertThat(page).contains("Vastanneiden määrä on piilotettu (alle 5).");
        // twelve rated: a mean and median over ten or more persons are shown; a value chosen by one person is not
        assertThat(page).contains("Keskiarvo 3,3").contains("mediaani 3,5");
        assertThat(row(page, "1")).containsExactly("piilotettu", "piilotettu");
    }

    @Test
    void byDefaultThePeriodStartsFromTheEarliestResponseEvenBeforeTheOpeningDay() {
        // one of the twelve answered on paper in May 2019 and uploaded later, long before the campaign opened
        long campaign = campaigns.bySlug(slug).orElseThrow().id();
        Long first = jdbc.queryForObject(
                "SELECT MIN(id) FROM response WHERE campaign_id = :c", Map.of("c", campaign), Long.class);
        jdbc.update(
                "UPDATE response SET submitted_on = :day WHERE id = :id",
                Map.of("day", Date.valueOf(LocalDate.of(2019, 5, 1)), "id", first));

        String page = page(admin, "");
        assertThat(page).contains("Vastauksia tällä jaksolla: 12.").contains("value=\"2019-05-01\"");
        assertThat(page(admin, "?from=2019-05-02")).contains("Vastauksia tällä jaksolla: 11.");
    }

    @Test
    void aPeriodWithoutResponsesCountsNoneAndABadDayIsRefused() {
        String page = page(admin, "?from=2020-01-01&to=2020-12-31");
        assertThat(page).contains("Vastauksia tällä jaksolla: 0.").doesNotContain("Keskiarvo 3,3");
        // nobody to share over: said so, not called hidden (an admin sees every group)
        assertThat(row(page, "Järjestö")).containsExactly("0", "ei vastauksia");

        HttpResponse<String> refused =
                admin.exchange(HttpRequest.GET("/staff/campaigns/" + slug + "/results?from=huomenna"), Argument.STRING);
        assertThat(refused.code()).isEqualTo(400);
        assertThat(refused.getBody(String.class).orElse(""))
                .contains("href=\"#r-from\"")
                .contains("anna päivä muodossa vvvv-kk-pp");
    }

    private String page(StaffApi who, String query) {
        HttpResponse<String> response =
                who.exchange(HttpRequest.GET("/staff/campaigns/" + slug + "/results" + query), Argument.STRING);
        assertThat(response.code()).isEqualTo(200);
        return response.body();
    }

    /** The count and share texts of the table row headed {@code label}. */
    private static List<String> row(String page, String label) {
        Matcher m = Pattern.compile(
                        "<th scope=\"row\">" + Pattern.quote(label) + "</th>\\s*<td>([^<]*)</td>\\s*<td>([^<]*)</td>")
                .matcher(page);
        assertThat(m.find()).as("a row " + label).isTrue();
        return List.of(m.group(1), m.group(2)).stream()
                .map(s -> s.replace('\u00a0', ' '))
                .toList();
    }
}
