package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.support.StaffApi;
import fi.mittari.web.PageLocale;
import fi.mittari.web.i18n.StaffMessages;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The builder's actions over HTTP as forms post them: each saves the draft and answers with the page to go on. */
@MicronautTest(transactional = false)
class BuilderPagesIntegrationTest {

    private static final String YAML =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi, sv]
            title: {fi: Pieni, sv: Liten}
            questions:
              - key: first
                type: yes_no
                label: {fi: Ensimmäinen, sv: Första}
              - key: second
                type: text
                label: {fi: Toinen, sv: Andra}
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireDrafts drafts;

    @Test
    void movingDuplicatingRemovingAndAddingEachSaveTheDraft() {
        String key = "bp-" + Long.toString(System.nanoTime(), 36);
        assertThat(drafts.create(YAML.formatted(key), "test")).isInstanceOf(DraftSaveOutcome.Saved.class);
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String base = "/staff/questionnaires/" + key + "/builder";

        assertThat(post(staff, base + "/questions/0/1/move", "direction=up").code())
                .isEqualTo(200);
        assertThat(text(key).indexOf("key: second")).isLessThan(text(key).indexOf("key: first"));

        HttpResponse<String> copy = post(staff, base + "/questions/0/0/duplicate", "");
        assertThat(copy.code()).isEqualTo(200);
        assertThat(copy.body()).contains("Kysymys second_2");

        assertThat(get(staff, base + "/questions/0/1/remove").body()).contains("Poistetaanko kysymys second_2?");
        assertThat(post(staff, base + "/questions/0/1/remove", "").code()).isEqualTo(200);
        assertThat(text(key)).doesNotContain("second_2");

        HttpResponse<String> added =
                post(staff, base + "/questions", "type=number&label.fi=Montako+tuntia%3F&questionKey=&position=0:2");
        assertThat(added.body()).contains("Kysymys montako_tuntia");
        assertThat(text(key)).contains("key: montako_tuntia").contains("type: number");

        HttpResponse<String> page = post(staff, base + "/pages", "title.fi=Lopuksi&pageKey=");
        assertThat(page.body()).contains("value=\"lopuksi\"");
        assertThat(text(key)).contains("pages:").contains("key: lopuksi");

        assertThat(post(staff, base + "/pages/1/remove", "").code()).isEqualTo(200);
        assertThat(text(key)).doesNotContain("lopuksi");
    }

    @Test
    void aQuestionnaireIsStartedEmptyAndABadKeyIsRefusedAtItsField() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        HttpResponse<String> refused = post(
                staff,
                "/staff/questionnaires/new-empty",
                "key=Iso+Kysely&title.fi=&languages.fi=true&defaultLanguage=sv");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("<a href=\"#key\">Tunnus: käytä pieniä kirjaimia")
                .contains(
                        "<a href=\"#defaultLanguage\">Oletuskieli: oletuskielen on oltava valittujen kielten joukossa.")
                .contains("value=\"Iso Kysely\"");

        String key = "empty-" + Long.toString(System.nanoTime(), 36);
        HttpResponse<String> started = post(
                staff,
                "/staff/questionnaires/new-empty",
                "key=" + key + "&title.fi=Uusi&languages.fi=true&languages.en=true&defaultLanguage=fi");
        assertThat(started.code()).isEqualTo(200);
        assertThat(started.body()).contains("Kyselyn rakenne: Uusi");
        assertThat(text(key)).contains("key: " + key).contains("languages: [fi, en]");
    }

    @Test
    void aConditionPickedWithoutItsQuestionIsRefusedAtThatFieldAndNothingIsSaved() {
        String key = "pk-" + Long.toString(System.nanoTime(), 36);
        drafts.create(YAML.formatted(key), "test");
        String before = text(key);
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        HttpResponse<String> refused = post(
                staff,
                "/staff/questionnaires/" + key + "/builder/questions/0/1",
                "key=second&type=text&label.fi=Toinen+muutettu&label.sv=Andra"
                        + "&relevant.mode=pick&relevant.subject=&relevant.comparison=eq&op=save");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("<a href=\"#relevant-subject\">Kysymys: valitse kysymys, johon ehto perustuu.</a>")
                .contains(">Toinen muutettu</textarea>");
        assertThat(text(key)).isEqualTo(before);

        HttpResponse<String> picked = post(
                staff,
                "/staff/questionnaires/" + key + "/builder/questions/0/1",
                "key=second&type=text&label.fi=Toinen&label.sv=Andra"
                        + "&relevant.mode=pick&relevant.subject=first&relevant.comparison=eq&relevant.choice=yes&op=save");
        assertThat(picked.code()).isEqualTo(200);
        assertThat(text(key)).contains("relevant: first = 'yes'");
    }

    @Test
    void aProblemOfTheDraftIsSaidPlainlyWithTheReadersExactMessageBeside() {
        String key = "pp-" + Long.toString(System.nanoTime(), 36);
        drafts.create(YAML.formatted(key), "test");
        drafts.save(
                key,
                YAML.formatted(key).replace("    type: text\n", "    type: text\n    relevant: nope = 'x'\n"),
                "t");
        HttpResponse<String> page = get(
                StaffApi.loginAsAdmin(client.toBlocking()), "/staff/questionnaires/" + key + "/builder/questions/0/1");
        assertThat(page.code()).isEqualTo(200);
        assertThat(page.body())
                .contains("Kysymys &#39;Toinen&#39;")
                .contains("class=\"problem-exact\"")
                .contains("href=\"/staff/questionnaires/" + key + "/builder/questions/0/1\"");
    }

    @Test
    void aDraftThatIsNotYamlIsSentToTheYamlEditorWithItsLine() {
        String key = "nr-" + Long.toString(System.nanoTime(), 36);
        drafts.create(YAML.formatted(key), "test");
        drafts.save(key, "key: " + key + "\ntitle: {fi: [\n", "test");
        HttpResponse<String> page =
                get(StaffApi.loginAsAdmin(client.toBlocking()), "/staff/questionnaires/" + key + "/builder");
        assertThat(page.code()).isEqualTo(422);
        assertThat(page.body()).contains("Avaa YAML-muokkaimessa");
    }

    @Test
    void aTypedKeyThatCannotBeAQuestionKeyIsRefusedAtItsFieldAndNothingIsAdded() {
        String key = "bk-" + Long.toString(System.nanoTime(), 36);
        drafts.create(YAML.formatted(key), "test");
        String before = text(key);
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String add = "/staff/questionnaires/" + key + "/builder/questions";
        Map<String, String> refusals = Map.of(
                "uudet kumppanit", "Tunnus: käytä vain pieniä kirjaimia a–z, numeroita ja alaviivaa _.",
                "työkyky", "Tunnus: käytä vain pieniä kirjaimia a–z, numeroita ja alaviivaa _.",
                "2025_tavoite", "Tunnus: aloita tunnus kirjaimella a–z, ei numerolla eikä alaviivalla.",
                "first", "Tunnus: kyselyssä on jo kysymys tunnuksella first. Valitse toinen tunnus.");
        refusals.forEach((typed, message) -> {
            HttpResponse<String> refused = post(
                    staff,
                    add,
                    "type=number&label.fi=Montako+tuntia%3F&position=0:2&questionKey="
                            + URLEncoder.encode(typed, StandardCharsets.UTF_8));
            assertThat(refused.code()).as(typed).isEqualTo(422);
            assertThat(refused.body())
                    .as(typed)
                    .contains("<a href=\"#add-key\">" + message)
                    .contains("id=\"add-key-error\">" + message)
                    .contains("aria-invalid=\"true\"")
                    .contains("value=\"Montako tuntia?\"")
                    .containsPattern("id=\"type-number\" value=\"number\"[^>]*checked");
            assertThat(text(key)).as(typed).isEqualTo(before);
        });

        HttpResponse<String> added = post(staff, add, "type=number&label.fi=Tunnit&questionKey=hours_2&position=0:2");
        assertThat(added.code()).isEqualTo(200);
        assertThat(text(key)).contains("key: hours_2");
    }

    @Test
    void theConditionPickerOffersTheEntriesOfACodeListByNameAndStoresTheirCodes() {
        String key = "cl-" + Long.toString(System.nanoTime(), 36);
        drafts.create(
                YAML.formatted(key)
                        .replace(
                                "    type: yes_no\n    label: {fi: Ensimmäinen, sv: Första}\n",
                                "    type: single_choice\n    label: {fi: Maakunta, sv: Landskap}\n"
                                        + "    choicesFrom: region\n"),
                "test");
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String second = "/staff/questionnaires/" + key + "/builder/questions/0/1";
        assertThat(get(staff, second).body()).contains("<option value=\"uusimaa\">Uusimaa</option>");

        HttpResponse<String> picked = post(
                staff,
                second,
                "key=second&type=text&label.fi=Toinen&label.sv=Andra"
                        + "&relevant.mode=pick&relevant.subject=first&relevant.comparison=eq"
                        + "&relevant.choice=uusimaa&op=save");
        assertThat(picked.code()).isEqualTo(200);
        assertThat(text(key)).contains("relevant: first = 'uusimaa'");
    }

    @Test
    void theBankLinkBesideAddingAQuestionLeadsToTheBankWhereTheWorkAbilityItemIsAdded() {
        String key = "bb-" + Long.toString(System.nanoTime(), 36);
        drafts.create(YAML.formatted(key), "test");
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String overview =
                get(staff, "/staff/questionnaires/" + key + "/builder").body();
        String bank = attribute(overview, "id=\"from-bank\" href=\"");
        assertThat(bank).isEqualTo("/staff/questionnaires/" + key + "/bank");

        String list = get(staff, bank).body();
        String pick = attribute(list, "href=\"", "/work_ability");
        String form = get(staff, pick).body();
        assertThat(form).contains("Millaiseksi arvioit työkykysi tällä hetkellä?");
        HttpResponse<String> added = post(staff, pick, "where=0:2");
        assertThat(added.code()).isEqualTo(200);
        assertThat(text(key))
                .contains("key: work_ability")
                .contains("type: rating")
                .contains("concept: outcome.work_ability");
    }

    @Test
    void aCalculationsLabelAndHintAreSaidToBeForStaffSinceRespondentsNeverSeeThem() {
        String key = "ch-" + Long.toString(System.nanoTime(), 36);
        drafts.create(
                YAML.formatted(key)
                        + "  - key: total\n    type: calculate\n    label: {fi: Pituus, sv: Längd}\n"
                        + "    calculation: length(second)\n",
                "test");
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String questions = "/staff/questionnaires/" + key + "/builder/questions/0/";
        Document calculation = Jsoup.parse(get(staff, questions + "2").body());
        Document asked = Jsoup.parse(get(staff, questions + "1").body());

        assertThat(calculation.getElementById("h-label").text()).isEqualTo(finnish("builder.hint.calculate.label"));
        assertThat(calculation.getElementById("h-hint").text()).isEqualTo(finnish("builder.hint.calculate.hint"));
        assertThat(asked.getElementById("h-label").text()).isEqualTo(finnish("builder.hint.label"));
        assertThat(asked.getElementById("h-hint").text()).isEqualTo(finnish("builder.hint.hint"));
    }

    private static String finnish(String key) {
        return StaffMessages.message(PageLocale.FINNISH, key).orElseThrow();
    }

    /** The value of the attribute whose text starts right after {@code before}. */
    private static String attribute(String html, String before) {
        int start = html.indexOf(before);
        assertThat(start).as(before).isNotNegative();
        start += before.length();
        return html.substring(start, html.indexOf('"', start)).replace("&amp;", "&");
    }

    /** The first link ({@code before} then the address) whose address ends with {@code ending}. */
    private static String attribute(String html, String before, String ending) {
        java.util.regex.Matcher link = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(before) + "([^\"]*"
                        + java.util.regex.Pattern.quote(ending) + ")\"")
                .matcher(html);
        assertThat(link.find()).as(ending).isTrue();
        return link.group(1).replace("&amp;", "&");
    }

    private String text(String key) {
        return drafts.draft(key).map(Draft::definition).orElseThrow();
    }

    private static HttpResponse<String> get(StaffApi staff, String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING);
    }

    private static HttpResponse<String> post(StaffApi staff, String path, String body) {
        return staff.exchange(
                HttpRequest.POST(path, body).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }
}
