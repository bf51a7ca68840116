package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.security.CookieSession.Answer;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.DefaultHttpClientConfiguration;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An admin manages accounts in the browser, without the API: creates them (the password shown once), disables and
 * re-enables them, changes their roles, resets their passwords and chooses a funder's projects; and every staff
 * member changes their own password and language. A fresh account's pages are Finnish.
 */
@MicronautTest(transactional = false)
class AccountPagesIntegrationTest {

    private static final Pattern SHOWN_PASSWORD = Pattern.compile("<code[^>]*>([a-z0-9-]{24})</code>");

    @Inject
    EmbeddedServer server;

    private HttpClient http;
    private CookieSession admin;

    @BeforeEach
    void logInAsAdmin() {
        var configuration = new DefaultHttpClientConfiguration();
        configuration.setFollowRedirects(false);
        http = HttpClient.create(server.getURL(), configuration);
        admin = CookieSession.login(http.toBlocking(), StaffApi.ADMIN, StaffApi.ADMIN_PASSWORD);
        assertThat(admin.loggedIn()).isTrue();
    }

    @AfterEach
    void close() {
        http.close();
    }

    @Test
    void anAccountIsCreatedWithItsPasswordShownOnce() {
        assertThat(admin.get("/staff/users/new").body()).contains("Uusi käyttäjätili");
        Answer created = admin.post("/staff/users", "username=pages-anna&roles=ANALYST&roles=DESIGNER&language=sv");
        assertThat(created.code()).isEqualTo(303);
        assertThat(created.location()).isEqualTo("/staff/users/pages-anna/password");

        Answer shown = admin.get(created.location());
        String password = shownPassword(shown);
        assertThat(shown.body()).contains("turvallista reittiä");
        Answer again = admin.get(created.location());
        assertThat(again.body()).doesNotContain(password).contains("Salasana on jo näytetty");

        assertThat(CookieSession.login(http.toBlocking(), "pages-anna", password)
                        .loggedIn())
                .isTrue();
        assertThat(admin.get("/staff/users").body())
                .contains("pages-anna")
                .contains("Analyytikko")
                .contains("Kyselyjen suunnittelija")
                .contains("ruotsi");
    }

    @Test
    void aRefusedAccountNamesTheFieldsByTheirLabels() {
        Answer refused = admin.post("/staff/users", "username=x&language=fi");
        assertThat(refused.code()).isEqualTo(422);
        assertThat(refused.body())
                .contains("href=\"#a-username\"")
                .contains("Käyttäjätunnus: käytä 3–100 kirjainta")
                .contains("href=\"#a-roles\"")
                .contains("Roolit: valitse vähintään yksi rooli.")
                .contains("value=\"x\"");
        assertThat(admin.post("/staff/users", "username=admin&roles=ANALYST&language=fi")
                        .body())
                .contains("Käyttäjätunnus on jo käytössä.");
    }

    @Test
    void aDisabledAccountCannotLogInAndItsSessionsStop() {
        String password = create("pages-ville", "roles=DESIGNER");
        CookieSession ville = CookieSession.login(http.toBlocking(), "pages-ville", password);
        assertThat(ville.opens("/staff")).isTrue();

        Answer disabled = admin.post("/staff/users/pages-ville/enabled", "enabled=false");
        assertThat(disabled.location()).isEqualTo("/staff/users/pages-ville?saved=disabled");
        assertThat(admin.get(disabled.location()).body())
                .contains("Tili poistettu käytöstä.")
                .contains("Ota käyttöön");
        Answer stopped = ville.get("/staff");
        assertThat(stopped.code()).isIn(302, 303);
        assertThat(stopped.location()).isEqualTo("/login");
        assertThat(CookieSession.login(http.toBlocking(), "pages-ville", password)
                        .loggedIn())
                .isFalse();

        admin.post("/staff/users/pages-ville/enabled", "enabled=true");
        assertThat(CookieSession.login(http.toBlocking(), "pages-ville", password)
                        .opens("/staff"))
                .isTrue();
    }

    @Test
    void changedRolesEndTheSessionsAndAFunderGetsProjectsToChoose() {
        StaffApi api = StaffApi.loginAsAdmin(http.toBlocking());
        api.post("/api/projects", Map.of("code", "tilihanke", "name", "Tilien hanke", "funder", "STEA"));
        String password = create("pages-rahoittaja", "roles=ANALYST");
        StaffApi before = StaffApi.login(http.toBlocking(), "pages-rahoittaja", password);
        assertThat(admin.get("/staff/users/pages-rahoittaja").body()).doesNotContain("Tilien hanke");

        Answer changed = admin.post("/staff/users/pages-rahoittaja/roles", "roles=FUNDER");
        assertThat(changed.location()).isEqualTo("/staff/users/pages-rahoittaja?saved=roles");
        assertThat(before.get("/api/reports").code()).isEqualTo(401);
        assertThat(admin.get(changed.location()).body())
                .contains("Roolit tallennettu.")
                .contains("Tilien hanke");

        Answer assigned = admin.post("/staff/users/pages-rahoittaja/projects", "projects=tilihanke");
        assertThat(assigned.location()).isEqualTo("/staff/users/pages-rahoittaja?saved=projects");
        assertThat(api.get("/api/users/pages-rahoittaja/projects").body().get("projects"))
                .isEqualTo(List.of("tilihanke"));
        assertThat(admin.post("/staff/users/pages-rahoittaja/projects", "projects=no-such-project")
                        .body())
                .contains("Hankkeet: valittua hanketta ei ole.");
        assertThat(admin.post("/staff/users/pages-rahoittaja/roles", "").body())
                .contains("Roolit: valitse vähintään yksi rooli.");
    }

    @Test
    void theLastAdminCanNeitherBeDisabledNorDemoted() {
        Answer disabled = admin.post("/staff/users/admin/enabled", "enabled=false");
        assertThat(disabled.code()).isEqualTo(422);
        assertThat(disabled.body()).contains("viimeistä käytössä olevaa pääkäyttäjää ei voi poistaa käytöstä");
        Answer demoted = admin.post("/staff/users/admin/roles", "roles=DESIGNER");
        assertThat(demoted.code()).isEqualTo(422);
        assertThat(demoted.body()).contains("ei voi poistaa pääkäyttäjän roolia");
        assertThat(admin.opens("/staff/users")).isTrue();
    }

    @Test
    void aResetPasswordIsShownOnceAndEndsTheOldOne() {
        String old = create("pages-reset", "roles=ANALYST");
        CookieSession session = CookieSession.login(http.toBlocking(), "pages-reset", old);

        Answer reset = admin.post("/staff/users/pages-reset/password", "");
        assertThat(reset.location()).isEqualTo("/staff/users/pages-reset/password");
        String fresh = shownPassword(admin.get(reset.location()));

        assertThat(fresh).isNotEqualTo(old);
        assertThat(session.opens("/staff")).isFalse();
        assertThat(CookieSession.login(http.toBlocking(), "pages-reset", old).loggedIn())
                .isFalse();
        assertThat(CookieSession.login(http.toBlocking(), "pages-reset", fresh).opens("/staff"))
                .isTrue();
    }

    @Test
    void aStaffMemberChangesTheirOwnPasswordAndLanguage() {
        String password = create("pages-oma", "roles=FUNDER");
        CookieSession here = CookieSession.login(http.toBlocking(), "pages-oma", password);
        CookieSession elsewhere = CookieSession.login(http.toBlocking(), "pages-oma", password);
        assertThat(here.get("/staff/account").body())
                .contains("Oma tili")
                .contains("pages-oma")
                .as("each language is offered in its own name, whatever the page's language")
                .contains("<option value=\"sv\" lang=\"sv\">svenska</option>")
                .contains("<option value=\"en\" lang=\"en\">English</option>");

        Answer wrong = here.post(
                "/staff/account/password",
                "currentPassword=wrong&newPassword=a-new-long-password&repeatedPassword=a-new-long-password");
        assertThat(wrong.code()).isEqualTo(422);
        assertThat(wrong.body()).contains("href=\"#a-currentPassword\"").contains("Nykyinen salasana ei ole oikein.");
        Answer tooShort = here.post(
                "/staff/account/password", "currentPassword=" + password + "&newPassword=short&repeatedPassword=short");
        assertThat(tooShort.body()).contains("Uusi salasana: vähintään 12 ja enintään 200 merkkiä.");
        Answer mismatch = here.post(
                "/staff/account/password",
                "currentPassword=" + password + "&newPassword=a-new-long-password&repeatedPassword=another-password");
        assertThat(mismatch.body()).contains("Uusi salasana uudelleen: salasanat eivät ole samat.");

        Answer changed = here.post(
                "/staff/account/password",
                "currentPassword=" + password
                        + "&newPassword=a-new-long-password&repeatedPassword=a-new-long-password");
        assertThat(changed.location()).isEqualTo("/staff/account?saved=password");
        assertThat(here.get(changed.location()).body()).contains("Salasana vaihdettu.");
        assertThat(elsewhere.opens("/staff/account")).isFalse();
        assertThat(CookieSession.login(http.toBlocking(), "pages-oma", "a-new-long-password")
                        .loggedIn())
                .isTrue();

        Answer language = here.post("/staff/account/language", "language=sv");
        assertThat(language.location()).isEqualTo("/staff/account?saved=language");
        String next = here.get(language.location()).body();
        assertThat(next).contains("lang=\"sv\"").contains("Mitt konto").contains("Språket har sparats.");
    }

    /** Creates an account in the form and returns the password shown once. */
    private String create(String username, String roles) {
        Answer created = admin.post("/staff/users", "username=" + username + "&" + roles + "&language=fi");
        assertThat(created.code()).as(created.body()).isEqualTo(303);
        return shownPassword(admin.get(created.location()));
    }

    private static String shownPassword(Answer page) {
        Matcher matcher = SHOWN_PASSWORD.matcher(page.body());
        assertThat(matcher.find()).as(page.body()).isTrue();
        return matcher.group(1);
    }
}
