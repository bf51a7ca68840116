package fi.mittari.context;

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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staff add projects and organisations, without JavaScript. */
@MicronautTest(transactional = false)
class ContextPagesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void aProjectAddedInTheFormShowsItsEventsAndCoachedCount() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        post(staff, "/staff/projects", "code=sivu&name=Sivuhanke&funder=STEA&grantId=C-9&startsOn=2026-01-01");
        ContextFixture.createEvent(staff, "sivu-tapahtuma", "sivu");
        staff.post("/api/projects/sivu/coached-participants", Map.of("pseudonyms", List.of("S-1", "S-2")));
        String page = get(staff, "/staff/projects/sivu").body();
        assertThat(page)
                .contains("<h1>Sivuhanke</h1>")
                .contains("sivu-tapahtuma")
                .contains("<dt>Coached participants</dt><dd>2</dd>");
        assertThat(get(staff, "/staff/projects").body()).contains("Sivuhanke");
    }

    @Test
    void aRefusedProjectFormNamesTheFieldsAndKeepsWhatWasTyped() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        var refused = post(
                staff, "/staff/projects", "code=Iso+Koodi&name=&funder=STEA&startsOn=2026-05-01&endsOn=2026-04-01");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("href=\"#p-code\"")
                .contains("href=\"#p-name\"")
                .contains("href=\"#p-endsOn\"")
                .contains("value=\"Iso Koodi\"");
    }

    @Test
    void anOrganisationAddedInTheFormIsListed() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        post(staff, "/staff/organisations", "name=Kainuun+Yrittäjät&sector=company&region=kainuu");
        assertThat(get(staff, "/staff/organisations").body()).contains("Kainuun Yrittäjät");
        var refused = post(staff, "/staff/organisations", "name=&sector=&region=");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body()).contains("href=\"#o-name\"").contains("href=\"#o-sector\"");
    }

    private static HttpResponse<String> post(StaffApi staff, String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }

    private static HttpResponse<String> get(StaffApi staff, String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING);
    }
}
