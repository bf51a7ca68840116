package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.AxeViolation;
import fi.mittari.support.Browser;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a respondent does on a form in a real browser, in words a questionnaire's story can use: answer, go on, go
 * back, fix an error through the summary, send. Each step waits for the page it leads to and checks the progress text
 * in the respondent's language; axe-core looks at every page met on the way (when {@code checkAccessibility}).
 */
final class RespondentSteps {

    private final Browser browser;
    private final String language;
    private final boolean checkAccessibility;
    private final List<String> violations = new ArrayList<>();

    RespondentSteps(Browser browser, String language, boolean checkAccessibility) {
        this.browser = browser;
        this.language = language;
        this.checkAccessibility = checkAccessibility;
    }

    Browser browser() {
        return browser;
    }

    /** The form's page {@code number} of {@code of} is shown ("Sivu 2/3"); a one-page form shows no progress. */
    void onPage(int number, int of) throws IOException, InterruptedException {
        String source = of > 1 ? browser.awaitSource(progress(number, of)) : browser.awaitSource("value=\"send\"");
        if (of > 1) {
            assertThat(source).as("progress").contains(progress(number, of));
        } else {
            assertThat(source).as("a one-page form").contains("value=\"send\"").doesNotContain("class=\"progress\"");
        }
        assertThat(source).doesNotContain("id=\"error-summary\"");
        checkAccessibility("page " + number + " of " + of);
    }

    void choose(String question, String value) throws IOException, InterruptedException {
        browser.click(option(question, value));
    }

    /** Picks {@code value} in a drop-down list, or a rank in a ranking's list ({@code question} "helps.coaching"). */
    void pick(String question, String value) throws IOException, InterruptedException {
        browser.click(field(question) + " option[value='" + value + "']");
    }

    void type(String question, String text) throws IOException, InterruptedException {
        browser.type(field(question), text);
    }

    void retype(String question, String text) throws IOException, InterruptedException {
        browser.clear(field(question));
        browser.type(field(question), text);
    }

    void date(String question, LocalDate date) throws IOException, InterruptedException {
        browser.typeDate(field(question), date);
    }

    void next() throws IOException, InterruptedException {
        browser.click("button[value=next]");
    }

    void back() throws IOException, InterruptedException {
        browser.click("button[value=back]");
    }

    void send() throws IOException, InterruptedException {
        browser.click("button[value=send]");
    }

    /**
     * The page came back with {@code count} problems: the summary says so in the title and has focus, and every
     * problem is listed; axe looks at the error state too.
     */
    void seesErrors(int count) throws IOException, InterruptedException {
        assertThat(browser.awaitTitle(errorTitle(count))).startsWith(errorTitle(count));
        assertThat(browser.focusedId()).as("focus starts at the error summary").isEqualTo("error-summary");
        checkAccessibility("error state with " + count + " problems");
    }

    /** Follows the summary's link to {@code fieldId}, which must move the focus to that field. */
    void followsErrorLinkTo(String fieldId) throws IOException, InterruptedException {
        browser.click("#error-summary a[href='#" + fieldId + "']");
        assertThat(browser.focusedId()).as("focus after the error link").isEqualTo(fieldId);
    }

    void seesThanks() throws IOException, InterruptedException {
        String title = language.equals("sv") ? "Tack för ditt svar!" : "Kiitos vastauksestasi!";
        assertThat(browser.awaitTitle(title)).isEqualTo(title);
        checkAccessibility("thank-you page");
    }

    boolean isChosen(String question, String value) throws IOException, InterruptedException {
        return browser.isSelected(option(question, value));
    }

    String valueOf(String question) throws IOException, InterruptedException {
        return browser.valueOf(field(question));
    }

    /**
     * Whether the page's scripts run in this browser: the pass with JavaScript on is also the one that runs axe, so
     * the two are one flag.
     */
    boolean scriptsRun() {
        return checkAccessibility;
    }

    /** Whether the question is on the page and not hidden (by the form's script, when a condition is false). */
    boolean displays(String question) throws IOException, InterruptedException {
        return browser.has("[data-key='" + question + "']")
                && !browser.style("[data-key='" + question + "']", "display").equals("none");
    }

    boolean shows(String question) throws IOException, InterruptedException {
        return browser.has("[name='q." + question + "']");
    }

    /** The submission key of the response being answered, as the form carries it. */
    String submissionKey() throws IOException, InterruptedException {
        return browser.valueOf("input[name=submission]");
    }

    /** Every axe finding on the pages met so far, one line per page and rule. */
    List<String> violations() {
        return List.copyOf(violations);
    }

    String progress(int number, int of) {
        return language.equals("sv") ? "Sida " + number + " av " + of : "Sivu " + number + "/" + of;
    }

    private String errorTitle(int count) {
        return language.equals("sv")
                ? "Svaren har " + count + " fel att rätta"
                : "Vastauksissa on " + count + " korjattavaa";
    }

    /** Runs axe on a page that is not a step of the form (a message page), when accessibility is checked. */
    void checkPage(String page) throws IOException, InterruptedException {
        checkAccessibility(page);
    }

    private void checkAccessibility(String page) throws IOException, InterruptedException {
        if (checkAccessibility) {
            for (AxeViolation v : browser.accessibilityViolations()) {
                violations.add(page + " <" + browser.url() + ">: " + v);
            }
        }
    }

    /** Ids hold dots (matrix items, ranks), so they are matched as attributes rather than as #id. */
    private static String option(String question, String value) {
        return "[id='q-" + question + "-" + value + "']";
    }

    private static String field(String question) {
        return "[id='q-" + question + "']";
    }
}
