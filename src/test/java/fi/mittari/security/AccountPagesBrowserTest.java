package fi.mittari.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import fi.mittari.support.Axe;
import fi.mittari.support.AxeViolation;
import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The account pages in a real Chromium: axe-core (WCAG 2.1 A/AA) on a phone (390 px) and a wide screen (1200 px),
 * and nothing scrolling sideways at 320 px, for the account list, the new-account form (empty and with errors), the
 * password shown once, an account's page and the own-account page (also with errors). The walk uses the forms
 * themselves, so it also shows that they work without anything but HTML.
 */
@MicronautTest(transactional = false)
class AccountPagesBrowserTest {

    private static final int PHONE = 390;
    private static final int WIDE = 1200;
    private static final int NARROWEST = 320;

    @Inject
    EmbeddedServer server;

    private final List<String> failures = new ArrayList<>();
    private int checked;

    @Test
    void theAccountPagesHaveNoViolations() throws Exception {
        Axe.require();
        String base = server.getURL().toString();
        String username = "browser-" + Long.toString(System.nanoTime(), 36);
        try (Browser browser = Browser.start()) {
            browser.open(base + "/login");
            browser.type("#username", StaffApi.ADMIN);
            browser.type("#password", StaffApi.ADMIN_PASSWORD);
            browser.click("button[type=submit]");
            browser.awaitSource("main");

            browser.open(base + "/staff/users");
            check(browser, "account list");
            browser.open(base + "/staff/users/new");
            check(browser, "new account form");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "new account form with errors");

            browser.type("#a-username", username);
            browser.click("#a-role-FUNDER");
            browser.click("main form button[type=submit]");
            assertThat(browser.awaitSource("shown-password")).contains(username);
            check(browser, "password shown once");

            browser.open(base + "/staff/users/" + username);
            check(browser, "a funder account's page");
            browser.open(base + "/staff/users/admin");
            check(browser, "the admin's own account page");

            browser.open(base + "/staff/account");
            check(browser, "own account");
            browser.type("#a-currentPassword", "not-the-password");
            browser.click("form[action$=password] button[type=submit]");
            assertThat(browser.awaitSource("error-summary")).contains("error-summary");
            check(browser, "own account with errors");
        }
        if (!failures.isEmpty()) {
            fail("axe-core " + Axe.version() + " and the reflow check found WCAG 2.1 A/AA violations on "
                    + failures.size() + " of " + checked + " pages:\n\n" + String.join("\n\n", failures));
        }
    }

    private void check(Browser browser, String name) throws IOException, InterruptedException {
        List<String> problems = new ArrayList<>();
        List<AxeViolation> onPhone = browser.accessibilityViolations();
        onPhone.forEach(v -> problems.add(v.toString()));
        browser.resize(WIDE, 900);
        browser.accessibilityViolations().stream()
                .filter(v -> !onPhone.contains(v))
                .forEach(v -> problems.add("at " + WIDE + " px wide: " + v));
        browser.resize(NARROWEST, 900);
        browser.overflowingElements()
                .forEach(e -> problems.add("reflow (WCAG 1.4.10) at " + NARROWEST + " px wide: " + e));
        browser.resize(PHONE, 900);
        checked++;
        if (!problems.isEmpty()) {
            failures.add(name + " <" + browser.url() + ">"
                    + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining()));
        }
    }
}
