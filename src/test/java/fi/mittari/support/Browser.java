package fi.mittari.support;

import static org.awaitility.Awaitility.await;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Assumptions;

/**
 * Headless Chromium driven through chromedriver's W3C WebDriver HTTP API: the handful of calls a form test needs,
 * without a Selenium dependency. Outside CI a machine without Chromium skips browser tests with a message; with
 * CI=true that is a failure (.ci/run installs Chromium).
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

    /** Runs axe-core for WCAG 2.1 A and AA and hands back each violation with the selectors of its elements. */
    private static final String RUN_AXE =
            """
            var done = arguments[arguments.length - 1];
            axe.run(document, {
                runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                resultTypes: ['violations']
            }).then(function (results) {
                done({violations: results.violations.map(function (v) {
                    return {id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
                        nodes: v.nodes.map(function (n) {
                            return {target: n.target.join(' '), summary: n.failureSummary || ''};
                        })};
                })});
            }).catch(function (e) { done({error: String(e)}); });
            """;

    /**
     * When the page scrolls sideways: the innermost elements whose box ends right of the viewport, except inside an
     * element that scrolls or clips its own content.
     */
    private static final String OVERFLOWING =
            """
            var width = document.documentElement.clientWidth;
            if (document.documentElement.scrollWidth <= width) {
                return [];
            }
            var culprits = Array.from(document.body.querySelectorAll('*'))
                .filter(function (e) {
                    var box = e.getBoundingClientRect();
                    for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                        if (getComputedStyle(a).overflowX !== 'visible') {
                            return false;
                        }
                    }
                    return box.width > 1 && box.right > width + 0.5
                        && !Array.from(e.children).some(function (c) {
                            return c.getBoundingClientRect().right > width + 0.5; });
                })
                .map(function (e) {
                    return e.tagName.toLowerCase() + (e.className ? '.' + e.className : '')
                        + ' "' + (e.textContent || '').trim().slice(0, 40) + '": right edge at '
                        + Math.round(e.getBoundingClientRect().right) + ' px of ' + width;
                });
            return culprits.length > 0 ? culprits
                : ['the page is ' + document.documentElement.scrollWidth + ' px wide in a ' + width + ' px window'];
            """;

    /** The elements matching arguments[0] cut off on the right: by the window, or by an ancestor that scrolls or clips. */
    private static final String CLIPPED =
            """
            var width = document.documentElement.clientWidth;
            return Array.from(document.querySelectorAll(arguments[0]))
                .filter(function (e) {
                    var right = e.getBoundingClientRect().right;
                    if (right > width + 0.5) {
                        return true;
                    }
                    for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                        if (getComputedStyle(a).overflowX !== 'visible' && right > a.getBoundingClientRect().right + 0.5) {
                            return true;
                        }
                    }
                    return false;
                })
                .map(function (e) {
                    return '"' + (e.textContent || '').trim().slice(0, 40) + '": right edge at '
                        + Math.round(e.getBoundingClientRect().right) + ' px of ' + width;
                });
            """;

    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.createDefault();
    private final String session;

    /**
     * How the browser is set up: the languages it asks pages in (Accept-Language) and whether pages may run scripts.
     * With scripts off (Chromium's content setting), pages run none of their own, but WebDriver's execute calls (axe,
     * focus checks) still work: {@link #runsPageScripts()} tells the two apart.
     */
    public record Options(String acceptLanguages, boolean javascript) {

        public static final Options DEFAULTS = new Options("fi-FI,fi", true);

        /** Asks for {@code language} (fi, sv, en) first. */
        public static Options in(String language, boolean javascript) {
            return new Options(language + "-FI," + language, javascript);
        }
    }

    private Browser(Process driver, String base, Options options) throws IOException, InterruptedException {
        this.driver = driver;
        Map<String, Object> capabilities = Map.of(
                "capabilities",
                Map.of(
                        "alwaysMatch",
                        Map.of(
                                "browserName",
                                "chrome",
                                "goog:chromeOptions",
                                Map.of(
                                        "binary",
                                        CHROMIUM.toString(),
                                        "args",
                                        List.of(
                                                "--headless",
                                                "--no-sandbox",
                                                "--disable-gpu",
                                                "--disable-quic",
                                                "--no-first-run",
                                                "--disable-background-networking",
                                                "--disable-component-update",
                                                "--disable-sync",
                                                "--window-size=390,900"),
                                        "prefs",
                                        prefs(options)))));
        this.session = base + "/session/"
                + value(call("POST", base + "/session", capabilities)).get("sessionId");
    }

    private static Map<String, Object> prefs(Options options) {
        return options.javascript()
                ? Map.of("intl.accept_languages", options.acceptLanguages())
                : Map.of(
                        "intl.accept_languages",
                        options.acceptLanguages(),
                        "profile.managed_default_content_settings.javascript",
                        2);
    }

    public static Browser start() throws IOException, InterruptedException {
        return start(Options.DEFAULTS);
    }

    public static Browser start(Options options) throws IOException, InterruptedException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            String message = "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true: " + message);
            }
            Assumptions.abort("Browser test skipped: " + message);
        }
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process driver = new ProcessBuilder(CHROMEDRIVER.toString(), "--port=" + port)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        String base = "http://127.0.0.1:" + port;
        polled(Duration.ofSeconds(5), () -> ready(base), Boolean::booleanValue);
        return new Browser(driver, base, options);
    }

    public void open(String url) throws IOException, InterruptedException {
        call("POST", session + "/url", Map.of("url", url));
    }

    public void click(String cssSelector) throws IOException, InterruptedException {
        call("POST", session + "/element/" + find(cssSelector) + "/click", Map.of());
    }

    public void type(String cssSelector, String text) throws IOException, InterruptedException {
        call("POST", session + "/element/" + find(cssSelector) + "/value", Map.of("text", text));
    }

    /** Empties a text field or textarea. */
    public void clear(String cssSelector) throws IOException, InterruptedException {
        call("POST", session + "/element/" + find(cssSelector) + "/clear", Map.of());
    }

    /**
     * Whether pages run their own scripts: opens a page whose script would rename it and reads the title through
     * WebDriver (not through a script, which WebDriver may run even where pages cannot).
     */
    public boolean runsPageScripts() throws IOException, InterruptedException {
        open("data:text/html,<title>off</title><script>document.title='on'</script>");
        return title().equals("on");
    }

    /** Whether a radio button or checkbox is checked, or an option chosen. */
    public boolean isSelected(String cssSelector) throws IOException, InterruptedException {
        return Boolean.TRUE.equals(call("GET", session + "/element/" + find(cssSelector) + "/selected", null)
                .get("value"));
    }

    /** The current value of a field (what the user sees in it, not its HTML attribute). */
    public String valueOf(String cssSelector) throws IOException, InterruptedException {
        Object value = call("GET", session + "/element/" + find(cssSelector) + "/property/value", null)
                .get("value");
        return value == null ? "" : value.toString();
    }

    /** Whether the page has an element matching {@code cssSelector}. */
    public boolean has(String cssSelector) throws IOException, InterruptedException {
        Object found = call("POST", session + "/elements", Map.of("using", "css selector", "value", cssSelector))
                .get("value");
        return found instanceof List<?> list && !list.isEmpty();
    }

    /**
     * Types a date into an {@code <input type=date>} as a user does, digit by digit. The order of day, month and year
     * follows the browser's locale, which differs between machines, so each order is tried until the field holds the
     * date.
     */
    public void typeDate(String cssSelector, LocalDate date) throws IOException, InterruptedException {
        String day = String.format("%02d", date.getDayOfMonth());
        String month = String.format("%02d", date.getMonthValue());
        String year = Integer.toString(date.getYear());
        for (String digits : List.of(day + month + year, month + day + year, year + month + day)) {
            clear(cssSelector);
            type(cssSelector, digits);
            if (valueOf(cssSelector).equals(date.toString())) {
                return;
            }
        }
        throw new IllegalStateException("could not type " + date + " into " + cssSelector);
    }

    /** The names of the cookies the browser holds for the page shown now. */
    @SuppressWarnings("unchecked")
    public List<String> cookieNames() throws IOException, InterruptedException {
        List<Map<String, Object>> cookies = (List<Map<String, Object>>)
                call("GET", session + "/cookie", null).get("value");
        return cookies.stream().map(c -> String.valueOf(c.get("name"))).toList();
    }

    /** The value of the cookie {@code name} the browser holds for the page shown now, e.g. to download as the user. */
    @SuppressWarnings("unchecked")
    public java.util.Optional<String> cookie(String name) throws IOException, InterruptedException {
        List<Map<String, Object>> cookies = (List<Map<String, Object>>)
                call("GET", session + "/cookie", null).get("value");
        return cookies.stream()
                .filter(c -> name.equals(c.get("name")))
                .map(c -> String.valueOf(c.get("value")))
                .findFirst();
    }

    /** Forgets the cookies of the page shown now, so one browser can serve several independent respondents. */
    public void deleteCookies() throws IOException, InterruptedException {
        call("DELETE", session + "/cookie", null);
    }

    /** Runs {@code script} in the page through WebDriver (allowed by Mittari's content security policy) and returns its value. */
    public Object script(String script, Object... arguments) throws IOException, InterruptedException {
        return call("POST", session + "/execute/sync", Map.of("script", script, "args", List.of(arguments)))
                .get("value");
    }

    /** The text of the first element {@code cssSelector} finds, trimmed: what a label or a note says now. */
    public String text(String cssSelector) throws IOException, InterruptedException {
        return String.valueOf(script("return document.querySelector(arguments[0]).textContent.trim()", cssSelector));
    }

    /** Saves what the window shows now as a PNG, to look at a layout. */
    public void screenshot(Path file) throws IOException, InterruptedException {
        String png = (String) call("GET", session + "/screenshot", null).get("value");
        Files.write(file, java.util.Base64.getDecoder().decode(png));
    }

    /** The Tab key, for {@link #press}. */
    public static final String TAB = "\uE004";

    public static final String ENTER = "\uE007";
    public static final String SPACE = "\uE00D";
    public static final String ARROW_DOWN = "\uE015";

    /** Presses and releases one key ({@link #TAB}, {@link #ENTER}, {@link #SPACE}, an arrow or a character) where the focus is. */
    public void press(String key) throws IOException, InterruptedException {
        call(
                "POST",
                session + "/actions",
                Map.of(
                        "actions",
                        List.of(Map.of(
                                "type",
                                "key",
                                "id",
                                "keyboard",
                                "actions",
                                List.of(
                                        Map.of("type", "keyDown", "value", key),
                                        Map.of("type", "keyUp", "value", key))))));
    }

    /** The browser's Back button. */
    public void back() throws IOException, InterruptedException {
        call("POST", session + "/back", Map.of());
    }

    /** What a screen reader announces as the name of the first element matching {@code cssSelector}. */
    public String accessibleName(String cssSelector) throws IOException, InterruptedException {
        Object value = call("GET", session + "/element/" + find(cssSelector) + "/computedlabel", null)
                .get("value");
        return value == null ? "" : value.toString();
    }

    /** The address of the page shown now. */
    public String url() throws IOException, InterruptedException {
        return (String) call("GET", session + "/url", null).get("value");
    }

    public String title() throws IOException, InterruptedException {
        return (String) call("GET", session + "/title", null).get("value");
    }

    /**
     * Waits up to 10 s for the page title to start with {@code prefix} (a submit click can return before its
     * navigation ends) and returns the title then, matching or not.
     */
    /**
     * Waits up to 10 s for the page title to be exactly {@code expected}: after logging in, the login page's own title
     * ("Mittari – staff login") already starts with the staff home's ("Mittari").
     */
    public String awaitExactTitle(String expected) throws IOException, InterruptedException {
        return polled(Duration.ofSeconds(10), this::title, title -> title.equals(expected));
    }

    public String awaitTitle(String prefix) throws IOException, InterruptedException {
        return polled(Duration.ofSeconds(10), this::title, title -> title.startsWith(prefix));
    }

    /** Waits up to 10 s for the page to contain {@code text} (when the title does not change) and returns it then. */
    public String awaitSource(String text) throws IOException, InterruptedException {
        return polled(Duration.ofSeconds(10), this::pageSource, source -> source.contains(text));
    }

    /**
     * The address once it ends with {@code suffix} (or after 10 s): after a click that posts a form, the page before it
     * may still be showing, and may already hold what the next page is awaited by.
     */
    public String awaitUrlEnding(String suffix) throws IOException, InterruptedException {
        return polled(Duration.ofSeconds(10), this::url, url -> url.endsWith(suffix));
    }

    /**
     * Reads {@code read} every 50 ms until {@code done} holds, for at most {@code atMost}, and returns the last value read
     * whether it holds or not: the caller's assertion then says what was seen.
     */
    static <T> T polled(Duration atMost, Callable<T> read, Predicate<? super T> done) throws IOException {
        try {
            return await().atMost(atMost).pollInterval(Duration.ofMillis(50)).until(read, done);
        } catch (ConditionTimeoutException timedOut) {
            try {
                return read.call();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }

    public String pageSource() throws IOException, InterruptedException {
        return (String) call("GET", session + "/source", null).get("value");
    }

    /** The id of the focused element, or "" when it has none. */
    public String focusedId() throws IOException, InterruptedException {
        Object id = call(
                        "POST",
                        session + "/execute/sync",
                        Map.of(
                                "script",
                                "return document.activeElement ? document.activeElement.id : ''",
                                "args",
                                List.of()))
                .get("value");
        return id == null ? "" : id.toString();
    }

    /** Waits up to 5 s for the element with id {@code id} to have the focus, and returns the focused element's id then. */
    public String awaitFocusedId(String id) throws IOException, InterruptedException {
        return polled(Duration.ofSeconds(5), this::focusedId, id::equals);
    }

    /**
     * Waits up to 5 s for the page to see the window's new width ({@code window.innerWidth}): a busy machine may
     * otherwise measure the old layout.
     */
    public void awaitViewportWidth(int width) throws IOException, InterruptedException {
        polled(
                Duration.ofSeconds(5),
                () -> script("return window.innerWidth"),
                inner -> inner instanceof Number number && number.intValue() == width);
    }

    /** Resizes the window, to see the layout of a wide screen as well as of the phone it starts as. */
    public void resize(int width, int height) throws IOException, InterruptedException {
        call("POST", session + "/window/rect", Map.of("width", width, "height", height));
    }

    /**
     * At the current window size, when the page scrolls sideways, the elements that stick out past the right edge of the
     * window (WCAG 1.4.10 Reflow: at 320 CSS pixels wide nothing may need scrolling sideways); empty when it does not.
     * A wide table may scroll inside its own region: that does not make the page scroll.
     */
    @SuppressWarnings("unchecked")
    public List<String> overflowingElements() throws IOException, InterruptedException {
        Object value = call("POST", session + "/execute/sync", Map.of("script", OVERFLOWING, "args", List.of()))
                .get("value");
        return (List<String>) value;
    }

    /**
     * The elements matching {@code cssSelector} whose right edge lies outside the window or outside a scrolling
     * ancestor's box (cut off, to be found only by scrolling), each as text and its right edge; empty when none is.
     */
    @SuppressWarnings("unchecked")
    public List<String> clippedOnTheRight(String cssSelector) throws IOException, InterruptedException {
        Object value = call("POST", session + "/execute/sync", Map.of("script", CLIPPED, "args", List.of(cssSelector)))
                .get("value");
        return (List<String>) value;
    }

    /** A computed style property of the first element matching {@code cssSelector}. */
    public String style(String cssSelector, String property) throws IOException, InterruptedException {
        Object value = call(
                        "POST",
                        session + "/execute/sync",
                        Map.of(
                                "script",
                                "return getComputedStyle(document.querySelector(arguments[0]))"
                                        + ".getPropertyValue(arguments[1])",
                                "args",
                                List.of(cssSelector, property)))
                .get("value");
        return value == null ? "" : value.toString();
    }

    /**
     * Runs axe-core on the current page against WCAG 2.1 A and AA and returns what it finds wrong. axe is injected
     * through WebDriver (Mittari's content security policy forbids page scripts, not the driver's) and run
     * asynchronously, since axe.run returns a promise.
     */
    public List<AxeViolation> accessibilityViolations() throws IOException, InterruptedException {
        call("POST", session + "/execute/sync", Map.of("script", Axe.source(), "args", List.of()));
        Object result = call("POST", session + "/execute/async", Map.of("script", RUN_AXE, "args", List.of()))
                .get("value");
        return AxeViolation.fromResult(result);
    }

    private String find(String cssSelector) throws IOException, InterruptedException {
        return (String) value(call("POST", session + "/element", Map.of("using", "css selector", "value", cssSelector)))
                .get(ELEMENT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> value(Map<String, Object> response) {
        return (Map<String, Object>) response.get("value");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> call(String method, String url, Object body) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(body)));
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        Map<String, Object> parsed = json.readValue(response.body(), Map.class);
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("WebDriver " + method + " " + url + " failed: " + parsed);
        }
        return parsed;
    }

    private static boolean ready(String base) {
        try {
            return HttpClient.newHttpClient()
                            .send(
                                    HttpRequest.newBuilder(URI.create(base + "/status"))
                                            .build(),
                                    HttpResponse.BodyHandlers.discarding())
                            .statusCode()
                    == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        try {
            call("DELETE", session, null);
        } catch (IOException | InterruptedException | RuntimeException ignored) {
            // the driver is stopped below either way
        } finally {
            driver.destroy();
        }
    }
}
