package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Draft;
import fi.mittari.questionnaire.DraftSaveOutcome;
import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.questionnaire.builder.DocumentReading;
import fi.mittari.questionnaire.builder.EntryList;
import fi.mittari.questionnaire.builder.Place;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every field the questionnaire format gives each question type is on that type's page: filled in through the page as
 * a browser posts it, each lands in the draft, and the page shown again and saved untouched changes nothing.
 */
@MicronautTest(transactional = false)
class BuilderFieldsIntegrationTest {

    private static final String YAML =
            """
            key: %s
            defaultLanguage: fi
            languages: [fi, sv]
            title: {fi: Kaikki tyypit, sv: Alla typer}
            questions:
              - key: q_single
                type: single_choice
                label: {fi: Yksi, sv: En}
                choices:
                  - {value: a, label: {fi: A, sv: A}}
              - key: q_multi
                type: multiple_choice
                label: {fi: Monta, sv: Flera}
                choices:
                  - {value: a, label: {fi: A, sv: A}}
                  - {value: none, label: {fi: Ei mikään, sv: Inget}}
              - key: q_yes
                type: yes_no
                label: {fi: Kyllä vai ei, sv: Ja eller nej}
              - key: q_rating
                type: rating
                label: {fi: Asteikko, sv: Skala}
              - key: q_number
                type: number
                label: {fi: Luku, sv: Tal}
              - key: q_date
                type: date
                label: {fi: Päivä, sv: Dag}
              - key: q_text
                type: text
                label: {fi: Teksti, sv: Text}
              - key: q_consent
                type: consent
                label: {fi: Hyväksyn, sv: Jag godkänner}
              - key: q_note
                type: note
                label: {fi: Huomio, sv: Obs}
              - key: q_likert
                type: likert
                label: {fi: Samaa mieltä, sv: Samma åsikt}
              - key: q_matrix
                type: matrix
                label: {fi: Taulukko, sv: Tabell}
                items:
                  - {key: venue, label: {fi: Paikka, sv: Plats}}
                choices:
                  - {value: good, label: {fi: Hyvä, sv: Bra}}
              - key: q_rank
                type: ranking
                label: {fi: Järjestys, sv: Ordning}
                choices:
                  - {value: a, label: {fi: A, sv: A}}
                  - {value: b, label: {fi: B, sv: B}}
              - key: q_calc
                type: calculate
                label: {fi: Laskettu, sv: Beräknad}
                calculation: q_number * 2
              - key: q_time
                type: time
                label: {fi: Kellonaika, sv: Klockslag}
              - key: q_datetime
                type: datetime
                label: {fi: Hetki, sv: Tidpunkt}
            """;

    private static final List<String> ASKED = List.of("required", "personal", "concept", "label", "hint");
    private static final List<String> ANSWER_RULE = List.of("constraintMessage");

    /** The fields surveys/README.md gives each type, besides its choices, items and "other". */
    private static final Map<String, List<String>> FIELDS = Map.ofEntries(
            Map.entry("q_single", with(ASKED, ANSWER_RULE, List.of("appearance"))),
            Map.entry("q_multi", with(ASKED, ANSWER_RULE, List.of("minSelected", "maxSelected"))),
            Map.entry("q_yes", with(ASKED, ANSWER_RULE)),
            Map.entry("q_rating", with(ASKED, ANSWER_RULE, List.of("min", "max", "minLabel", "maxLabel"))),
            Map.entry("q_number", with(ASKED, ANSWER_RULE, List.of("decimal", "min", "max", "unit"))),
            Map.entry("q_date", with(ASKED, ANSWER_RULE, List.of("min", "max"))),
            Map.entry("q_time", with(ASKED, ANSWER_RULE, List.of("min", "max"))),
            Map.entry("q_datetime", with(ASKED, ANSWER_RULE, List.of("min", "max"))),
            Map.entry("q_text", with(ASKED, ANSWER_RULE, List.of("multiline", "maxLength"))),
            Map.entry("q_consent", List.of("personal", "concept", "label", "hint")),
            Map.entry("q_note", List.of("label", "hint")),
            Map.entry("q_likert", with(ASKED, List.of("points", "minLabel", "maxLabel", "labels"))),
            Map.entry("q_matrix", ASKED),
            Map.entry("q_rank", with(ASKED, ANSWER_RULE, List.of("rankCount"))),
            Map.entry("q_calc", List.of("personal", "concept", "label", "hint", "calculation")));

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    QuestionnaireDrafts drafts;

    @Test
    void everyFieldOfEveryTypeIsWrittenThroughItsPageAndThePageSavedUntouchedChangesNothing() {
        String key = "bf-" + Long.toString(System.nanoTime(), 36);
        assertThat(drafts.create(YAML.formatted(key), "test")).isInstanceOf(DraftSaveOutcome.Saved.class);
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        for (int index = 0; index < FIELDS.size(); index++) {
            String page = "/staff/questionnaires/" + key + "/builder/questions/0/" + index;
            List<String[]> filled = QuestionPageForm.fields(shown(staff, page), true);
            assertThat(post(staff, page, filled).code()).as(page).isEqualTo(200);

            QuestionnaireDocument document = document(key);
            Place.QuestionAt at = new Place.QuestionAt(0, index);
            String question = document.scalar(at, "key").orElseThrow();
            for (String field : FIELDS.get(question)) {
                assertThat(written(document, at, field))
                        .as(question + "." + field)
                        .isTrue();
            }
            assertThat(document.text(at, "label")).as(question).hasSize(2);

            String before = document.yaml();
            List<String[]> asShown = QuestionPageForm.fields(shown(staff, page), false);
            assertThat(post(staff, page, asShown).code()).isEqualTo(200);
            assertThat(text(key)).as(question + " saved untouched").isEqualTo(before);
        }
        QuestionnaireDocument document = document(key);
        Place.QuestionAt single = new Place.QuestionAt(0, 0);
        Place.QuestionAt multi = new Place.QuestionAt(0, 1);
        assertThat(document.other(single)).isPresent();
        assertThat(document.entries(new EntryList.Choices(multi)))
                .allSatisfy(choice -> assertThat(choice.exclusive()).isTrue());
        assertThat(document.textList(new Place.QuestionAt(0, 9), "labels")).hasSize(5);
        assertThat(document.entries(new EntryList.Items(new Place.QuestionAt(0, 10)))
                        .get(0)
                        .label())
                .hasSize(2);
        assertThat(document.scalar(new Place.QuestionAt(0, 12), "calculation")).contains("round(q_number / 3, 1)");
    }

    private static boolean written(QuestionnaireDocument document, Place.QuestionAt at, String field) {
        return document.scalar(at, field).isPresent()
                || !document.text(at, field).isEmpty()
                || !document.textList(at, field).isEmpty();
    }

    @SafeVarargs
    private static List<String> with(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    private QuestionnaireDocument document(String key) {
        return ((DocumentReading.Read) QuestionnaireDocument.read(text(key))).document();
    }

    private String text(String key) {
        return drafts.draft(key).map(Draft::definition).orElseThrow();
    }

    private static String shown(StaffApi staff, String path) {
        HttpResponse<String> page = staff.exchange(HttpRequest.GET(path), Argument.STRING);
        assertThat(page.code()).as(path).isEqualTo(200);
        return page.body();
    }

    private static HttpResponse<String> post(StaffApi staff, String path, List<String[]> fields) {
        StringBuilder body = new StringBuilder();
        for (String[] field : fields) {
            body.append(body.length() == 0 ? "" : "&")
                    .append(URLEncoder.encode(field[0], StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(field[1], StandardCharsets.UTF_8));
        }
        return staff.exchange(
                HttpRequest.POST(path, body.toString()).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                Argument.STRING);
    }
}
