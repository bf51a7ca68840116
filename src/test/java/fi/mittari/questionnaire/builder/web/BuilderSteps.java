package fi.mittari.questionnaire.builder.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.Browser;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** What a coordinator does in the builder, step by step, through the pages' own fields and buttons. */
final class BuilderSteps {

    /** A text in Finnish, Swedish and English. */
    record Text(String fi, String sv, String en) {}

    /** A choice (or a matrix item): its value and its label. */
    record Row(String value, Text label) {}

    /** Runs after each page is shown, e.g. an accessibility check; named by the screen. */
    interface Check {
        void on(String screen) throws IOException, InterruptedException;
    }

    private final Browser browser;
    private final String base;
    private final String key;
    private final Check check;

    BuilderSteps(Browser browser, String base, String key, Check check) {
        this.browser = browser;
        this.base = base;
        this.key = key;
        this.check = check;
    }

    String builder() {
        return base + "/staff/questionnaires/" + key + "/builder";
    }

    void start(Text title) throws IOException, InterruptedException {
        browser.open(base + "/staff/questionnaires");
        browser.click("a[href='/staff/questionnaires/new-empty']");
        assertThat(browser.awaitTitle("Uusi kysely")).startsWith("Uusi kysely rakennustyökalulla");
        check.on("start");
        browser.click("#start");
        assertThat(browser.awaitSource("id=\"errors\"")).contains("Tunnus: käytä pieniä kirjaimia");
        check.on("start with errors");
        browser.type("#key", key);
        texts("title", title);
        browser.click("#start");
        assertThat(browser.awaitTitle("Kyselyn rakenne")).startsWith("Kyselyn rakenne: " + title.fi());
        check.on("overview, empty");
    }

    void describe(Text description) throws IOException, InterruptedException {
        browser.click("nav.builder-tabs a[href$='/builder/settings']");
        assertThat(browser.awaitTitle("Kyselyn " + key)).contains("asetukset");
        texts("description", description);
        browser.click("#save");
        saved();
        check.on("settings");
    }

    void addPage(String pageKey, Text title, Text intro) throws IOException, InterruptedException {
        browser.open(builder());
        browser.type("#page-title", title.fi());
        browser.type("#page-key", pageKey);
        browser.click("#add-page button");
        assertThat(browser.awaitTitle("Sivu ")).startsWith("Sivu ");
        assertThat(browser.valueOf("#f-pageKey")).isEqualTo(pageKey);
        browser.clear("#f-title-fi");
        texts("title", title);
        if (intro != null) {
            texts("intro", intro);
        }
        browser.click("#save");
        assertThat(browser.awaitTitle("Kyselyn rakenne")).startsWith("Kyselyn rakenne");
        check.on("page " + pageKey);
    }

    /** Adds a question at {@code position} ("page:index") with its Finnish label, and opens its page. */
    void addQuestion(String type, String questionKey, Text label, String position)
            throws IOException, InterruptedException {
        browser.open(builder());
        browser.click("#type-" + type);
        browser.type("#add-label", label.fi());
        browser.type("#add-key", questionKey);
        browser.click("#add-position option[value='" + position + "']");
        browser.click("#add-question button");
        assertThat(browser.awaitTitle("Kysymys " + questionKey)).startsWith("Kysymys " + questionKey);
        browser.type("#f-label-sv", label.sv());
        browser.type("#f-label-en", label.en());
    }

    void texts(String field, Text text) throws IOException, InterruptedException {
        for (String language : List.of("fi", "sv", "en")) {
            String value = language.equals("fi") ? text.fi() : language.equals("sv") ? text.sv() : text.en();
            browser.clear("#f-" + field + "-" + language);
            browser.type("#f-" + field + "-" + language, value);
        }
    }

    void field(String name, String value) throws IOException, InterruptedException {
        browser.clear("#f-" + name);
        browser.type("#f-" + name, value);
    }

    /**
     * Chooses a condition or constraint with the picker named {@code prefix}, as a user does: "choose", the question,
     * the comparison, then the choice (for a question with choices) or the number.
     */
    void pick(String prefix, String subject, String comparison, String value) throws IOException, InterruptedException {
        String picker = "#" + prefix;
        browser.click(picker + "-mode-pick");
        browser.click(picker + "-subject option[value='" + subject + "']");
        browser.click(picker + "-comparison option[value='" + comparison + "']");
        String choice = picker + "-choice optgroup[data-subject='" + subject + "'] option[value='" + value + "']";
        if (browser.has(choice)) {
            browser.click(choice);
        } else {
            browser.clear(picker + "-number");
            browser.type(picker + "-number", value);
        }
    }

    /** Adds the choices one by one with the add button, each then given its value and labels. */
    void choices(List<Row> rows, String prefix) throws IOException, InterruptedException {
        String add = prefix.equals("choice") ? "#add-choice" : "#add-item";
        String valueField = prefix.equals("choice") ? "value" : "key";
        for (int i = 0; i < rows.size(); i++) {
            browser.click(add);
            awaitElement("#" + prefix + "-" + i + "-" + valueField);
            Row row = rows.get(i);
            browser.clear("#" + prefix + "-" + i + "-" + valueField);
            browser.type("#" + prefix + "-" + i + "-" + valueField, row.value());
            browser.type("#" + prefix + "-" + i + "-label-fi", row.label().fi());
            browser.type("#" + prefix + "-" + i + "-label-sv", row.label().sv());
            browser.type("#" + prefix + "-" + i + "-label-en", row.label().en());
        }
    }

    void save() throws IOException, InterruptedException {
        String before = browser.url();
        browser.click("#save");
        if (before.contains("?saved#")) {
            // A row button's redirect already shows the saved notice: wait for this save's page to replace it.
            Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
            while (browser.url().equals(before)) {
                assertThat(Instant.now())
                        .as("waiting for the save to leave " + before)
                        .isBefore(deadline);
                Thread.onSpinWait();
            }
        }
        saved();
    }

    void saved() throws IOException, InterruptedException {
        assertThat(browser.awaitSource("Tallennettu luonnokseen.")).contains("Tallennettu luonnokseen.");
    }

    /** Polls until the page has the element: a form post and its redirect take their time. */
    void awaitElement(String css) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!browser.has(css)) {
            assertThat(Instant.now()).as("waiting for " + css).isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    /** Polls until {@code first} appears before {@code second} on the page. */
    void awaitOrder(String first, String second) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (true) {
            String source = browser.pageSource();
            int a = source.indexOf(first);
            int b = source.indexOf(second);
            if (a >= 0 && b >= 0 && a < b) {
                return;
            }
            assertThat(Instant.now())
                    .as("waiting for " + first + " before " + second)
                    .isBefore(deadline);
            Thread.onSpinWait();
        }
    }
}
