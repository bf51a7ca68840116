package fi.mittari.support;

import java.io.IOException;
import java.time.Duration;
import java.util.Objects;

/**
 * A person's actions on a page, by what they read on it rather than by markup: fill the field labelled "Nimi", choose
 * "Lappi" in the field labelled "Alue", press the button "Tallenna", follow the link "Uusi hanke". A walk written this
 * way breaks when a label a person relies on changes, and not when the markup does.
 */
public final class PageActions {

    private static final String FIELD_BY_LABEL =
            """
            const wanted = arguments[0].trim();
            const labels = [...document.querySelectorAll('label, legend')];
            const label = labels.find(l => l.textContent.trim() === wanted)
                || labels.find(l => l.textContent.trim().startsWith(wanted));
            if (!label) return null;
            const field = label.htmlFor ? document.getElementById(label.htmlFor)
                : label.querySelector('input, select, textarea');
            if (!field) return null;
            if (!field.id) field.id = 'walk-' + Math.random().toString(36).slice(2);
            return '#' + CSS.escape(field.id);
            """;

    private static final String BY_TEXT =
            """
            const [selector, wanted] = [arguments[0], arguments[1].trim()];
            const all = [...document.querySelectorAll(selector)];
            const text = e => (e.textContent || e.value || '').replace(/\\s+/g, ' ').trim();
            const found = all.find(e => text(e) === wanted) || all.find(e => text(e).startsWith(wanted));
            if (!found) return null;
            if (!found.id) found.id = 'walk-' + Math.random().toString(36).slice(2);
            return '#' + CSS.escape(found.id);
            """;

    private static final String CHOOSE =
            """
            const [selector, wanted] = [arguments[0], arguments[1].trim()];
            const select = document.querySelector(selector);
            const option = [...select.options].find(o => o.textContent.trim() === wanted)
                || [...select.options].find(o => o.textContent.trim().startsWith(wanted));
            if (!option) return false;
            select.value = option.value;
            select.dispatchEvent(new Event('change', {bubbles: true}));
            return true;
            """;

    private final Browser browser;

    public PageActions(Browser browser) {
        this.browser = browser;
    }

    /** The CSS selector of the field whose label reads {@code label} (or starts with it). */
    public String field(String label) throws IOException, InterruptedException {
        Object selector = browser.script(FIELD_BY_LABEL, label);
        if (selector == null) {
            throw new AssertionError("no field labelled '" + label + "' on " + browser.url());
        }
        return selector.toString();
    }

    public void fill(String label, String text) throws IOException, InterruptedException {
        String field = field(label);
        browser.clear(field);
        browser.type(field, text);
    }

    public void choose(String label, String optionText) throws IOException, InterruptedException {
        String field = field(label);
        if (!Boolean.TRUE.equals(browser.script(CHOOSE, field, optionText))) {
            throw new AssertionError("no option '" + optionText + "' in '" + label + "' on " + browser.url());
        }
    }

    /** Ticks the checkbox or radio button whose label reads {@code label}. */
    public void tick(String label) throws IOException, InterruptedException {
        String field = field(label);
        if (!browser.isSelected(field)) {
            browser.click(field);
        }
    }

    public void press(String buttonText) throws IOException, InterruptedException {
        browser.click(byText("button, input[type=submit]", buttonText, "button"));
    }

    public void follow(String linkText) throws IOException, InterruptedException {
        browser.click(byText("a", linkText, "link"));
    }

    private String byText(String selector, String text, String what) throws IOException, InterruptedException {
        Object found =
                Browser.polled(Duration.ofSeconds(10), () -> browser.script(BY_TEXT, selector, text), Objects::nonNull);
        if (found == null) {
            throw new AssertionError("no " + what + " '" + text + "' on " + browser.url());
        }
        return found.toString();
    }

    /** Waits until the page's main heading reads {@code heading} and returns the page source. */
    public String awaitHeading(String heading) throws IOException, InterruptedException {
        Object h1 = Browser.polled(
                Duration.ofSeconds(15),
                () -> browser.script("const h = document.querySelector('h1'); return h ? h.textContent.trim() : null;"),
                heading::equals);
        if (!heading.equals(h1)) {
            throw new AssertionError(
                    "expected the heading '" + heading + "' but " + browser.url() + " shows '" + h1 + "'");
        }
        return browser.pageSource();
    }
}
