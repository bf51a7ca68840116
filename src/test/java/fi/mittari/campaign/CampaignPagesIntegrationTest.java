package fi.mittari.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff open a campaign from a form, see its counts, create invitations as CSV and are told what they got wrong. */
@MicronautTest(transactional = false)
class CampaignPagesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void staffOpenAnInvitationCampaignSeeItsCountsAndDownloadInvitationLinks() {
        var staff = StaffApi.loginAsAdmin(client.toBlocking());
        String slug = "paged-" + System.nanoTime();
        post(
                staff,
                "/staff/campaigns",
                "slug=" + slug + "&title=Syysseminaari&questionnaire=keko-impact"
                        + "&accessMode=invitation&closesAt=2099-12-31&languages=fi%2C+sv&thankYouFi=Kiitos%21");

        String page = get(staff, "/staff/campaigns/" + slug);
        assertThat(page)
                .contains("<h1>Syysseminaari</h1>")
                .contains("keko-impact v1")
                .contains("<dt>Invited</dt><dd>0</dd>")
                .contains("Responses sent per day")
                .contains("value=\"fi, sv\"")
                .contains("2099-12-31");
        assertThat(get(staff, "/staff/campaigns")).contains(slug).contains("invitation");

        var csv = staff.exchange(
                HttpRequest.POST("/staff/campaigns/" + slug + "/invitations", "count=2&references=")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                Argument.STRING);
        assertThat(csv.code()).isEqualTo(200);
        assertThat(csv.body().lines())
                .hasSize(3)
                .element(1, org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .matches(",http://localhost:8080/i/[A-Za-z0-9_-]{22}");
        assertThat(get(staff, "/staff/campaigns/" + slug)).contains("<dt>Invited</dt><dd>2</dd>");
    }

    @Test
    void aRefusedChangeShowsEachFieldsMessageAndKeepsWhatWasTyped() {
        var staff = StaffApi.loginAsAdmin(client.toBlocking());
        String slug = "paged-" + System.nanoTime();
        staff.post("/api/campaigns", Map.of("slug", slug, "questionnaire", "keko-impact", "title", "Kevät"));

        var refused = staff.exchange(
                HttpRequest.POST(
                                "/staff/campaigns/" + slug,
                                "title=Kev%C3%A4t+2&responseCap=kolme&languages=de&accessMode=public")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE),
                Argument.STRING);

        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("The campaign was not changed")
                .contains("responseCap: must be a whole number of at least 1, was &#39;kolme&#39;")
                .contains("languages: &#39;de&#39; is not one of the questionnaire&#39;s languages")
                .contains("value=\"Kevät 2\"");
        assertThat(get(staff, "/api/campaigns/" + slug)).contains("\"title\":\"Kevät\"");
    }

    private static void post(StaffApi staff, String path, String form) {
        staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }

    private static String get(StaffApi staff, String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING).body();
    }
}
