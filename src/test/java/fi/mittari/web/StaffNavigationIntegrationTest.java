package fi.mittari.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.StaffApi;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The navigation shows a role exactly the pages it may open: every entry shown answers 200, every entry hidden answers
 * the Mittari "no access" page. This keeps {@link StaffNavigation}'s table and the pages' own rules in step.
 */
@MicronautTest(transactional = false)
class StaffNavigationIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @ParameterizedTest
    @ValueSource(strings = {"ADMIN", "DESIGNER", "ANALYST", "FUNDER"})
    void everyRoleSeesExactlyThePagesItMayOpen(String role) {
        var admin = StaffApi.loginAsAdmin(client.toBlocking());
        String username = role.toLowerCase() + "-" + System.nanoTime();
        admin.post(
                "/api/users",
                Map.of("username", username, "password", "navigation-password-1", "roles", List.of(role)));
        var staff = StaffApi.login(client.toBlocking(), username, "navigation-password-1");

        List<String> wrong = new ArrayList<>();
        for (StaffNavigation.Entry entry : StaffNavigation.ENTRIES) {
            boolean shown = entry.roles().contains(role);
            var page = staff.exchange(HttpRequest.GET(entry.href()).accept(MediaType.TEXT_HTML), Argument.STRING);
            int expected = shown ? 200 : 403;
            if (page.code() != expected) {
                wrong.add(entry.href() + " answered " + page.code() + ", expected " + expected);
            }
            if (page.code() == 200) {
                boolean linked = page.body().contains("href=\"" + entry.href() + "\"");
                assertThat(linked)
                        .as(entry.href() + " links to itself in the navigation")
                        .isTrue();
            }
        }
        assertThat(wrong).as("navigation of " + role).isEmpty();
        assertThat(Set.copyOf(StaffNavigation.linksFor(Set.of(role), "/staff").stream()
                        .map(StaffChrome.NavLink::href)
                        .toList()))
                .allMatch(href -> StaffNavigation.ENTRIES.stream()
                        .anyMatch(e -> e.href().equals(href) && e.roles().contains(role)));
    }
}
