package fi.mittari.questionnaire.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.QuestionOutline;
import fi.mittari.questionnaire.builder.QuestionnaireDocument;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pages that work on a draft through its document: translations saved change only the texts changed, the bank
 * inserts a question under a key of its own, and copies and samples become new drafts under their new key.
 */
@MicronautTest(transactional = false)
class DraftingPagesIntegrationTest {

    private static final Pattern REVISION = Pattern.compile("name=\"revision\" value=\"([0-9a-f]{64})\"");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireDrafts drafts;

    @Inject
    QuestionnaireCatalog catalog;

    private StaffApi staff;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
    }

    @AfterEach
    void discardDrafts() {
        List.of("drafting-translations", "drafting-bank", "drafting-copy", "drafting-sample")
                .forEach(drafts::discard);
    }

    @Test
    void savingTranslationsRewritesOnlyTheChangedTextAndMarksAndCountsMissingOnes() throws IOException {
        String original = translationsDraft();
        String page = get("/staff/questionnaires/drafting-translations/translations");
        assertThat(page).contains("käännöksiä ei puutu");
        String field = nameOf(page, "Skriv inte namn eller andra personuppgifter.");

        String saved = post(
                "/staff/questionnaires/drafting-translations/translations",
                "revision=" + revision(page) + "&" + field + "=" + encode("Skriv inga namn."));

        assertThat(saved).contains("Yksi teksti tallennettiin luonnokseen.");
        assertThat(draftText("drafting-translations"))
                .isEqualTo(original.replace("Skriv inte namn eller andra personuppgifter.", "Skriv inga namn."));

        String enField = nameOf(saved, "Participant code");
        String emptied = post(
                "/staff/questionnaires/drafting-translations/translations",
                "revision=" + revision(saved) + "&" + enField + "=");
        assertThat(emptied).contains("yksi käännös puuttuu.").contains("class=\"missing-mark\"");
        String onlyMissing = get("/staff/questionnaires/drafting-translations/translations?missing=true");
        assertThat(onlyMissing).contains("Kysymys participant_code").doesNotContain("Kysymys comments");
    }

    @Test
    void aStaleFormOrAnEmptiedDefaultLanguageTextSavesNothingAndKeepsWhatWasTyped() throws IOException {
        String original = translationsDraft();
        String page = get("/staff/questionnaires/drafting-translations/translations");
        String fiField = nameOf(page, "Osallistujatunnus");
        String svField = nameOf(page, "Deltagarkod");

        var refused = postResponse(
                "/staff/questionnaires/drafting-translations/translations",
                "revision=" + revision(page) + "&" + fiField + "=&" + svField + "=" + encode("Ny kod"));
        var stale = postResponse(
                "/staff/questionnaires/drafting-translations/translations",
                "revision=" + "0".repeat(64) + "&" + svField + "=" + encode("Ny kod"));

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Oletuskielen teksti (fi) ei voi olla tyhjä")
                .contains("value=\"Ny kod\"");
        assertThat(stale.code()).isEqualTo(409);
        assertThat(stale.body()).contains("muutettiin sillä välin").contains("value=\"Ny kod\"");
        assertThat(draftText("drafting-translations")).isEqualTo(original);
    }

    @Test
    void theBankInsertsAQuestionWhereChosenUnderAKeyNotYetUsed() throws IOException {
        drafts.create(sample("event-feedback").replace("\nkey: event-feedback\n", "\nkey: drafting-bank\n"), "test");
        String bank = get("/staff/questionnaires/drafting-bank/bank?q=" + encode("tyytyväinen KOKONAISUUTENA"));
        assertThat(bank).contains("Kuinka tyytyväinen olet kokonaisuutena?").doesNotContain("Missä maakunnassa");

        String added = post("/staff/questionnaires/drafting-bank/bank/common-measures/satisfaction", "where=0:1");

        assertThat(added).contains("tunnuksella satisfaction_2");
        QuestionnaireDocument document = document(draftText("drafting-bank"));
        List<QuestionOutline> questions = document.outline().get(0).questions();
        assertThat(questions.get(0).key()).isEqualTo("region");
        assertThat(questions.get(1).key()).isEqualTo("satisfaction_2");
        assertThat(questions.get(1).label()).hasSize(3);
        assertThat(questions.stream().filter(q -> q.key().equals("satisfaction")))
                .hasSize(1);
        assertThat(drafts.draft("drafting-bank").map(Draft::publishable))
                .as(() -> draftText("drafting-bank")
                        + drafts.draft("drafting-bank").orElseThrow().read().problems())
                .contains(true);
    }

    @Test
    void theBankAsksForAPlaceWhenNoneOrAMalformedOneWasChosen() throws IOException {
        drafts.create(sample("event-feedback").replace("\nkey: event-feedback\n", "\nkey: drafting-where\n"), "test");
        String original = draftText("drafting-where");
        String pick = "/staff/questionnaires/drafting-where/bank/common-measures/satisfaction";

        // No radio button chosen: the browser sends no field at all.
        var none = postResponse(pick, "");
        assertThat(none.code()).isEqualTo(422);
        assertThat(none.body()).contains("Valitse listasta kohta, johon kysymys lisätään.");
        var malformed = postResponse(pick, "where=0-1");
        assertThat(malformed.code()).isEqualTo(422);
        assertThat(malformed.body()).contains("Valitse listasta kohta, johon kysymys lisätään.");
        assertThat(draftText("drafting-where")).isEqualTo(original);
    }

    @Test
    void aCopyIsANewDraftWithTheNewKeyAndOtherwiseTheSameQuestions() {
        var taken = postResponse("/staff/questionnaires/keko-impact/copy", "source=1&key=event-feedback");
        assertThat(taken.code()).isEqualTo(422);
        assertThat(taken.body()).contains("Tunnus event-feedback on jo toisen kyselyn käytössä");
        var malformed = postResponse("/staff/questionnaires/keko-impact/copy", "source=1&key=Keko+Kopio");
        assertThat(malformed.body()).contains("Tunnus ei kelpaa").contains("href=\"#s-key\"");

        post("/staff/questionnaires/keko-impact/copy", "source=1&key=drafting-copy");

        var copy = (DefinitionResult.Accepted)
                drafts.draft("drafting-copy").orElseThrow().read();
        var original = catalog.latest("keko-impact").orElseThrow().questionnaire();
        assertThat(copy.questionnaire().key()).isEqualTo("drafting-copy");
        assertThat(copy.questionnaire().pages()).isEqualTo(original.pages());
        assertThat(copy.questionnaire().title()).isEqualTo(original.title());
    }

    @Test
    void aSampleBecomesANewDraftUnderItsNewKeyAndTitle() {
        assertThat(get("/staff/questionnaires/from-sample"))
                .contains("Valmennuksen seurantakysely (coaching-followup)");

        post(
                "/staff/questionnaires/from-sample",
                "source=coaching-followup&key=drafting-sample&title.fi=" + encode("Seuranta 2027"));

        var started = (DefinitionResult.Accepted)
                drafts.draft("drafting-sample").orElseThrow().read();
        var sample = catalog.latest("coaching-followup").orElseThrow().questionnaire();
        assertThat(started.questionnaire().key()).isEqualTo("drafting-sample");
        assertThat(started.questionnaire()
                        .title()
                        .in(fi.mittari.questionnaire.Language.FI, fi.mittari.questionnaire.Language.FI))
                .isEqualTo("Seuranta 2027");
        assertThat(started.questionnaire().pages()).isEqualTo(sample.pages());
    }

    /** A draft of coaching-followup under the key drafting-translations; its text. */
    private String translationsDraft() throws IOException {
        String text =
                sample("coaching-followup").replace("\nkey: coaching-followup\n", "\nkey: drafting-translations\n");
        drafts.create(text, "test");
        return text;
    }

    private static String sample(String name) throws IOException {
        return Files.readString(Path.of("surveys", name + ".yaml"));
    }

    private String draftText(String key) {
        return drafts.draft(key).orElseThrow().definition();
    }

    private static QuestionnaireDocument document(String yaml) {
        return ((DocumentReading.Read) QuestionnaireDocument.read(yaml)).document();
    }

    /** The name of the input holding {@code value} on a translations page. */
    private static String nameOf(String page, String value) {
        Matcher found = Pattern.compile("name=\"(t\\.\\d+\\.[a-z]{2})\" value=\"" + Pattern.quote(value) + "\"")
                .matcher(page);
        assertThat(found.find()).as("an input with " + value).isTrue();
        return found.group(1);
    }

    private static String revision(String page) {
        Matcher found = REVISION.matcher(page);
        assertThat(found.find()).isTrue();
        return found.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private String get(String path) {
        return staff.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), Argument.STRING)
                .body();
    }

    private String post(String path, String form) {
        HttpResponse<String> response = postResponse(path, form);
        assertThat(response.code()).as(path + " " + response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> postResponse(String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                        .accept(MediaType.TEXT_HTML_TYPE),
                Argument.STRING);
    }
}
