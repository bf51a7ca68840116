package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.QuestionnaireDrafts;
import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The preview follows the real form's conditions — a page whose condition does not hold is skipped, and shown when
 * it does — and walking it to the end and sending leaves every table a response could touch as it was. A draft with
 * errors lists them instead of showing a form.
 */
@MicronautTest(transactional = false)
class PreviewConditionsIntegrationTest {

    private static final String PREVIEW = "/staff/questionnaires/coaching-followup/preview";
    private static final String FIRST_PAGE =
            "page=situation&action=next&q.consent=accepted&q.participant_code=AB12&q.followup_date=2026-11-02&q.employment_status=";
    private static final List<String> TABLES =
            List.of("response", "answer", "partial_response", "invitation", "coached_participant", "campaign");

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireDrafts drafts;

    @Test
    void aPageWhoseConditionFailsIsSkippedAndSendingStoresNothing() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        Map<String, Long> before = rowCounts();

        HttpResponse<String> first = get(staff, PREVIEW);
        assertThat(first.header("X-Robots-Tag")).contains("noindex");
        assertThat(html(first)).contains("name=\"robots\" content=\"noindex").contains("preview-banner");

        String inEducation = post(staff, FIRST_PAGE + "education");
        assertThat(inEducation)
                .contains("q-work_ability")
                .doesNotContain("q-hours_per_week")
                .contains("Sivu 2/2");

        String atWork = post(staff, FIRST_PAGE + "wage_subsidised");
        assertThat(atWork)
                .contains("q-hours_per_week")
                .doesNotContain("q-work_ability")
                .contains("Sivu 2/3");

        String kept =
                "kept.consent=accepted&kept.participant_code=AB12&kept.followup_date=2026-11-02&kept.employment_status=education&";
        String sent = post(staff, kept + "page=coaching&action=send&q.work_ability=7&q.coaching_helped=yes");
        assertThat(sent).contains("Nämä vastaukset hyväksyttäisiin. Mitään ei tallennettu.");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aDraftWithErrorsListsThemLinkedToTheirLinesInsteadOfAForm() {
        drafts.save(
                "preview-broken", "key: preview-broken\ndefaultLanguage: fi\ntitle: {fi: Rikki}\nquestions: 3\n", "t");
        try {
            StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
            String page = html(get(staff, "/staff/questionnaires/preview-broken/preview"));
            assertThat(page)
                    .contains("error-summary")
                    .contains("/staff/questionnaires/preview-broken/edit#line-")
                    .doesNotContain("survey-form");
        } finally {
            drafts.discard("preview-broken");
        }
    }

    private Map<String, Long> rowCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        TABLES.forEach(table ->
                counts.put(table, jdbc.getJdbcTemplate().queryForObject("SELECT COUNT(*) FROM " + table, Long.class)));
        return counts;
    }

    private static HttpResponse<String> get(StaffApi staff, String path) {
        return staff.exchange(HttpRequest.GET(path).accept(MediaType.TEXT_HTML_TYPE), Argument.of(String.class));
    }

    private static String post(StaffApi staff, String fields) {
        var request = HttpRequest.POST(PREVIEW, fields)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE);
        return html(staff.exchange(request, Argument.of(String.class)));
    }

    private static String html(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }
}
