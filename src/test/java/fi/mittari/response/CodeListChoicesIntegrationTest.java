package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.CodeLists;
import fi.mittari.context.persistence.CodeListEntryRepository;
import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.SingleChoiceQuestion;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.support.StaffApi;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A questionnaire whose questions take their choices from the regions and sectors code lists (choicesFrom): the form
 * offers the lists' active entries in the respondent's language, the API takes their codes, and an entry added,
 * renamed or retired is followed by the published version without publishing it again (ADR 0022).
 */
@MicronautTest(transactional = false)
class CodeListChoicesIntegrationTest {

    private static final String SLUG = "code-list-choices-test";
    private static final String KEY = "code-list-choices";
    private static final String TEST_CODE = "test-seutu";
    private static final String YAML =
            """
            key: code-list-choices
            defaultLanguage: fi
            languages: [fi, sv, en]
            title: {fi: Koodilistat, sv: Kodlistor, en: Code lists}
            questions:
              - key: region
                type: single_choice
                concept: dim.region
                label: {fi: "Missä maakunnassa toimit?", sv: "I vilket landskap verkar du?", en: "In which region do you work?"}
                choicesFrom: region
              - key: sectors
                type: multiple_choice
                label: {fi: "Keitä edustat?", sv: "Vem representerar du?", en: "Whom do you represent?"}
                choicesFrom: sector
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireCatalog catalog;

    @Inject
    CodeLists codeLists;

    @Inject
    CodeListEntryRepository entries;

    StaffApi staff;

    @BeforeEach
    void openCampaign() {
        assertThat(catalog.load(KEY + ".yaml", YAML).problems()).isEmpty();
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        staff.openCampaign(SLUG, KEY, "Koodilistat");
    }

    @AfterEach
    void removeTheTestEntry() {
        // Mittari never deletes an entry; the test does, so the shared lists stay as the migration seeds them.
        entries.findByListNameAndCode("region", TEST_CODE).ifPresent(entries::delete);
    }

    @Test
    void theFormOffersEveryActiveRegionInFinnishSwedishAndEnglish() {
        Map<String, List<String>> names = Map.of(
                "fi", List.of("Pohjois-Pohjanmaa", "Pohjois-Karjala", "Etelä-Karjala", "Keski-Pohjanmaa", "Ahvenanmaa"),
                "sv", List.of("Norra Österbotten", "Norra Karelen", "Södra Karelen", "Mellersta Österbotten", "Åland"),
                "en", List.of("North Ostrobothnia", "North Karelia", "South Karelia", "Central Ostrobothnia", "Åland"));
        names.forEach((language, missingBefore) -> {
            String html = form(language);
            assertThat(radios(html, "q.region")).as(language).isEqualTo(19);
            assertThat(html).as(language).contains(missingBefore);
        });
        assertThat(radios(form("fi"), "q.sectors")).isEqualTo(12);
    }

    @Test
    void theApiAcceptsACodeOfTheListAndRefusesOneOutsideIt() {
        assertThat(answer("pohjois-karjala").code()).isEqualTo(201);
        HttpResponse<Map<String, Object>> refused = answer("itä-uusimaa");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body().get("errors").toString()).contains("region").contains("not_a_choice");
    }

    @Test
    void anEntryAddedRenamedAndRetiredIsFollowedWithoutPublishingAgain() {
        StoredQuestionnaire before = catalog.latest(KEY).orElseThrow();
        change("Testiseutu", true);
        assertThat(form("fi")).contains("Testiseutu");
        assertThat(form("sv")).contains("Testregion");
        assertThat(answer(TEST_CODE).code()).isEqualTo(201);

        change("Koeseutu", true);
        assertThat(form("fi")).contains("Koeseutu").doesNotContain("Testiseutu");

        change("Koeseutu", false);
        assertThat(form("fi")).doesNotContain("Koeseutu");
        assertThat(answer(TEST_CODE).code()).isEqualTo(422);
        StoredQuestionnaire after = catalog.version(before.versionId()).orElseThrow();
        assertThat(after.versionNumber()).isEqualTo(before.versionNumber());
        // The answer stored while the entry was active keeps its name in reports and exports.
        var region =
                (SingleChoiceQuestion) after.questionnaire().question("region").orElseThrow();
        assertThat(region.choice(TEST_CODE))
                .get()
                .satisfies(
                        c -> assertThat(c.label().in(Language.FI, Language.FI)).isEqualTo("Koeseutu"))
                .satisfies(c -> assertThat(c.offered()).isFalse());
        assertThat(region.offeredChoices()).extracting(Choice::value).doesNotContain(TEST_CODE);
    }

    private void change(String finnishName, boolean active) {
        codeLists.change(
                "region",
                TEST_CODE,
                new CodeLists.EntryChange(finnishName, "Testregion", "Test region", null, 20, active));
    }

    private String form(String language) {
        return client.toBlocking().retrieve(HttpRequest.GET("/s/" + SLUG + "?lang=" + language));
    }

    private HttpResponse<Map<String, Object>> answer(String region) {
        return staff.post(
                "/api/campaigns/" + SLUG + "/responses",
                Map.of("answers", Map.of("region", region, "sectors", List.of("kela", "other"))));
    }

    private static long radios(String html, String name) {
        return Pattern.compile("name=\"" + Pattern.quote(name) + "\"")
                .matcher(html)
                .results()
                .count();
    }
}
