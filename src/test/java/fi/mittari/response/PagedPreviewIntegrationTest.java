package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The designer's preview goes page by page like the real form, carrying the answers of the other pages in the form
 * itself (nothing is stored), and stores no response even when the answers would be accepted.
 */
@MicronautTest(transactional = false)
class PagedPreviewIntegrationTest {

    private static final String PREVIEW = "/staff/questionnaires/keko-impact/preview";
    private static final Pattern KEPT =
            Pattern.compile("<input type=\"hidden\" name=\"(kept\\.[^\"]+)\" value=\"([^\"]*)\"");
    private static final String FIRST_PAGE = "q.new_partners=yes&q.topical_knowledge=yes&q.employment_knowledge=no";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    fi.mittari.response.persistence.ResponseRepository responses;

    @Test
    void thePreviewShowsOnePageAtATimeAndCarriesTheOtherPagesAnswers() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String first = html(staff.exchange(HttpRequest.GET(PREVIEW), Argument.of(String.class)));
        assertThat(first)
                .contains("<title>Sivu 1/3 – KeKo-hankkeen vaikuttavuuskysely</title>")
                .contains("Esikatselu.")
                .contains("q-new_partners")
                .doesNotContain("q-region")
                .doesNotContain("value=\"back\"");

        String second = post(staff, "", "page=impact&action=next&" + FIRST_PAGE);
        assertThat(second)
                .contains("Sivu 2/3")
                .contains("q-region")
                .doesNotContain("q-new_partners-yes")
                .contains("<input type=\"hidden\" name=\"kept.new_partners\" value=\"yes\">");

        String third = post(staff, kept(second), "page=about_you&action=next&q.region=lappi&q.organisation_type=kela");
        assertThat(third).contains("Sivu 3/3").contains("value=\"send\"");

        String backToSecond = post(staff, kept(third), "page=finally&action=back&q.comments=kesken");
        assertThat(backToSecond)
                .contains("Sivu 2/3")
                .containsPattern("id=\"q-region-lappi\"[^>]*checked")
                .contains("<input type=\"hidden\" name=\"kept.comments\" value=\"kesken\">");

        String inSwedish = post(staff, kept(backToSecond), "page=about_you&language=sv&q.region=kainuu");
        assertThat(inSwedish)
                .contains("<html lang=\"sv\"")
                .contains("Sida 2 av 3")
                .containsPattern("id=\"q-region-kainuu\"[^>]*checked")
                .doesNotContain("error-summary");

        long before = responses.count();
        String sent = post(staff, kept(third), "page=finally&action=send&q.comments=hyvä");
        assertThat(sent).contains("Nämä vastaukset hyväksyttäisiin. Mitään ei tallennettu.");
        assertThat(responses.count()).isEqualTo(before);
    }

    @Test
    void aSendWithAnEarlierPageAtFaultShowsThatPageWithItsProblems() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        // the last page sent with the first page's required answers missing
        String refused = post(staff, "kept.region=lappi&kept.organisation_type=kela&", "page=finally&action=send");
        assertThat(refused)
                .contains("Sivu 1/3")
                .contains("id=\"error-summary\"")
                .doesNotContain("hyväksyttäisiin");
    }

    private static String post(StaffApi staff, String kept, String fields) {
        var request = HttpRequest.POST(PREVIEW, kept + fields)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                .accept(MediaType.TEXT_HTML_TYPE);
        return html(staff.exchange(request, Argument.of(String.class)));
    }

    /** The hidden answers of a preview page, ready to be sent back with the next page. */
    private static String kept(String html) {
        StringBuilder fields = new StringBuilder();
        Matcher kept = KEPT.matcher(html);
        while (kept.find()) {
            fields.append(kept.group(1)).append('=').append(kept.group(2)).append('&');
        }
        return fields.toString();
    }

    private static String html(HttpResponse<String> response) {
        return response.getBody(String.class).orElse("");
    }
}
