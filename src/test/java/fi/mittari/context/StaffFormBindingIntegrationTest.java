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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The context pages bind their posts to records: what a browser leaves out reads as empty, spaces around a value are
 * dropped, a group of ticked boxes binds as a list however many are ticked, and a text field sent twice is refused.
 */
@MicronautTest(transactional = false)
class StaffFormBindingIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    StaffApi staff;

    @BeforeEach
    void login() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
    }

    @Test
    void emptyFieldsAreRefusedFieldByField() {
        var refused = post("/staff/organisations", "name=&sector=");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("Organisaatiota ei lisätty")
                .contains("Nimi: Täytä tämä kenttä.")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void spacesAroundATypedValueAreDropped() {
        post("/staff/projects", "code=++valilyonnit++&name=++V%C3%A4lily%C3%B6nnit++&funder=STEA");
        assertThat(staff.get("/api/projects/valilyonnit").body())
                .containsEntry("code", "valilyonnit")
                .containsEntry("name", "Välilyönnit");
    }

    @Test
    void oneTickedProjectBindsAsAGroupOfOne() {
        post("/staff/projects", "code=yksin&name=Ainoa+hanke&funder=STEA");
        var saved = post(
                "/staff/ecosystems",
                "code=yksi&nameFi=Yhden+verkosto&nameSv=Ett+n%C3%A4tverk&nameEn=One+network"
                        + "&startsOn=2026-01-01&endsOn=2026-06-30&projects=yksin");
        assertThat(saved.code()).as(saved.body()).isIn(200, 303);
        assertThat(get("/staff/ecosystems").body()).contains("Yhden verkosto").contains("Ainoa hanke");
    }

    @Test
    void aTextFieldSentTwiceIsABadRequestRatherThanAGuessAtWhichWasMeant() {
        var twice = post("/staff/organisations", "name=Ensin&name=Toiseksi&sector=company&region=lappi");
        assertThat(twice.code()).isEqualTo(400);
        assertThat(get("/staff/organisations").body()).doesNotContain("Ensin").doesNotContain("Toiseksi");
    }

    private HttpResponse<String> post(String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }

    private HttpResponse<String> get(String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING);
    }
}
