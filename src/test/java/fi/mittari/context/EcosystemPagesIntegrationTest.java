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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Staff define ecosystems (several projects, or a region across all projects, read as one whole) on a page and over
 * the API; the indicator values published for an ecosystem are read by its code on the API and on the indicators page.
 */
@MicronautTest(transactional = false)
class EcosystemPagesIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Test
    void anEcosystemIsAddedEditedAndReadWithItsOwnIndicatorValues() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        post(staff, "/staff/projects", "code=pohja&name=Pohjan+hanke&funder=STEA");
        post(staff, "/staff/projects", "code=etela&name=Etel%C3%A4n+hanke&funder=STEA");

        var saved = post(
                staff,
                "/staff/ecosystems",
                "code=pohjoinen&nameFi=Pohjoinen+verkosto&nameSv=N%C3%A4tverket+i+norr&nameEn=Northern+network"
                        + "&startsOn=2026-01-01&endsOn=2026-06-30&projects=pohja&projects=etela");
        assertThat(saved.code()).isIn(200, 303);
        assertThat(get(staff, "/staff/ecosystems").body())
                .contains("Pohjoinen verkosto")
                .contains("Etelän hanke, Pohjan hanke");
        assertThat(get(staff, "/staff/ecosystems?code=pohjoinen").body())
                .contains("Muokkaa ekosysteemiä")
                .contains("value=\"Nätverket i norr\"");

        var put = staff.send(HttpRequest.PUT(
                "/api/ecosystems/pohjoinen",
                Map.of(
                        "nameFi", "Pohjoinen verkosto",
                        "nameSv", "Nätverket i norr",
                        "nameEn", "Northern network",
                        "startsOn", "2026-01-01",
                        "endsOn", "2026-06-30",
                        "projects", List.of("pohja"))));
        assertThat(put.code()).isEqualTo(200);
        assertThat(staff.getList("/api/ecosystems"))
                .filteredOn(e -> "pohjoinen".equals(e.get("code")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e).containsEntry("scope", "ecosystem:pohjoinen");
                    assertThat(e.get("projects")).isEqualTo(List.of("pohja"));
                });

        jdbc.update(
                """
                INSERT INTO indicator_value (project_code, period_from, period_to, indicator_code, breakdown_key,
                       group_key, result_value, suppressed, computed_at, job_execution_id)
                VALUES ('ecosystem:pohjoinen', DATE '2026-01-01', DATE '2026-06-30', 'events', '', '', 12, FALSE,
                        CURRENT_TIMESTAMP, 1)
                """,
                Map.of());
        var results = staff.get("/api/indicators/results?ecosystem=pohjoinen").body();
        assertThat(results).containsEntry("project", "ecosystem:pohjoinen");
        assertThat((List<?>) results.get("values")).hasSize(1);
        assertThat(get(staff, "/staff/indicators?ecosystem=pohjoinen").body())
                .contains("Ekosysteemi Pohjoinen verkosto, 1.1.2026–30.6.2026");
    }

    @Test
    void aRegionEcosystemIsAddedOnThePageAndOverTheApiWithoutProjects() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        var form = get(staff, "/staff/ecosystems").body();
        assertThat(form).contains("<select id=\"y-region\" name=\"region\"").contains(">Kanta-Häme</option>");

        var saved = post(
                staff,
                "/staff/ecosystems",
                "code=kanta-hame&nameFi=Kanta-H%C3%A4meen+ekosysteemi&nameSv=Egentliga+Tavastlands+ekosystem"
                        + "&nameEn=Kanta-H%C3%A4me+ecosystem&region=kanta-hame");
        assertThat(saved.code()).isIn(200, 303);
        assertThat(get(staff, "/staff/ecosystems").body())
                .contains("Kanta-Hämeen ekosysteemi")
                .contains("Maakunta: Kanta-Häme (kaikki hankkeet)");
        assertThat(get(staff, "/staff/ecosystems?code=kanta-hame").body())
                .contains("<option value=\"kanta-hame\" selected=\"selected\">Kanta-Häme</option>");

        var put = staff.send(HttpRequest.PUT(
                "/api/ecosystems/paijat-hame",
                Map.of(
                        "nameFi", "Päijät-Hämeen ekosysteemi",
                        "nameSv", "Päijänne-Tavastlands ekosystem",
                        "nameEn", "Päijät-Häme ecosystem",
                        "region", "paijat-hame")));
        assertThat(put.code()).isEqualTo(200);
        assertThat(staff.getList("/api/ecosystems"))
                .filteredOn(e -> "paijat-hame".equals(e.get("code")))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e)
                            .containsEntry("region", "paijat-hame")
                            .containsEntry("scope", "ecosystem:paijat-hame");
                    assertThat((List<?>) e.getOrDefault("projects", List.of())).isEmpty();
                });
    }

    @Test
    void anEcosystemIsEitherProjectsOrAKnownRegion() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        post(staff, "/staff/projects", "code=kumpi&name=Kumpi&funder=STEA");
        var both = post(
                staff, "/staff/ecosystems", "code=molemmat&nameFi=F&nameSv=S&nameEn=E&projects=kumpi&region=uusimaa");
        assertThat(both.code()).isEqualTo(422);
        assertThat(both.body()).contains("href=\"#y-region\"").contains("Ekosysteemi on joko hankkeita tai maakunta");
        var neither = post(staff, "/staff/ecosystems", "code=tyhja&nameFi=F&nameSv=S&nameEn=E");
        assertThat(neither.body())
                .contains("href=\"#y-projects\"")
                .contains("Valitse vähintään yksi hanke tai maakunta.");

        var unknown = staff.send(HttpRequest.PUT(
                "/api/ecosystems/atlantis", Map.of("nameFi", "A", "nameSv", "A", "nameEn", "A", "region", "atlantis")));
        assertThat(unknown.code()).isEqualTo(422);
        assertThat(String.valueOf(unknown.body())).contains("region").contains("no region with code 'atlantis'");
    }

    @Test
    void aRefusedEcosystemFormNamesEveryWrongFieldInFinnish() {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        var refused = post(staff, "/staff/ecosystems", "code=Iso+Koodi&nameFi=&nameSv=S&nameEn=E&startsOn=2026-01-01");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("href=\"#y-code\"")
                .contains("href=\"#y-nameFi\"")
                .contains("href=\"#y-endsOn\"")
                .contains("href=\"#y-projects\"")
                .contains("Valitse vähintään yksi hanke tai maakunta.")
                .contains("Anna sekä ensimmäinen että viimeinen päivä")
                .contains("value=\"Iso Koodi\"");
    }

    private static HttpResponse<String> post(StaffApi staff, String path, String form) {
        return staff.exchange(
                HttpRequest.POST(path, form).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), Argument.STRING);
    }

    private static HttpResponse<String> get(StaffApi staff, String path) {
        return staff.exchange(HttpRequest.GET(path), Argument.STRING);
    }
}
