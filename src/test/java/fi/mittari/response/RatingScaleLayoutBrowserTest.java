package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.Browser;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Rating and Likert scales as laid out in Chromium, measured by the boxes of their elements: at 320, 390 and 1200 px the
 * points stand in one row or one column (0–10 never wraps into two rows), the minimum's label at the first point and the
 * maximum's at the last, and screen readers hear the end labels with the first and the last point.
 */
@MicronautTest(transactional = false)
class RatingScaleLayoutBrowserTest {

    private static final List<Integer> WIDTHS = List.of(320, 390, 1200);

    /** Each scale on the page: its question, the boxes of its points and of its end labels. */
    private static final String SCALES =
            """
            function box(e) {
                if (!e) { return null; }
                var b = e.getBoundingClientRect();
                return {left: b.left, right: b.right, top: b.top, bottom: b.bottom};
            }
            return Array.from(document.querySelectorAll('.rating')).map(function (r) {
                return {
                    key: r.closest('[data-key]').getAttribute('data-key'),
                    points: Array.from(r.querySelectorAll('.point')).map(box),
                    min: box(r.querySelector('.rating-min')),
                    max: box(r.querySelector('.rating-max'))
                };
            });
            """;

    @Inject
    EmbeddedServer server;

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void endLabelsSitAtTheEndsOfAScaleInOneRowOrOneColumnAtEveryWidth() throws Exception {
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        String run = Long.toString(System.nanoTime(), 36);
        staff.openCampaign("scales-keko-" + run, "keko-impact", "Asteikot");
        staff.openCampaign("scales-event-" + run, "event-feedback", "Asteikot");
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.start()) {
            for (String lang : List.of("fi", "sv")) {
                browser.open(server.getURL() + "/s/scales-keko-" + run + "?lang=" + lang);
                measure(browser, "0–10 in " + lang, problems);
                browser.click("button[value=next]");
                assertThat(browser.awaitSource("error-summary")).contains("error-summary");
                measure(browser, "0–10 in " + lang + " with errors (a narrower box)", problems);
                browser.open(server.getURL() + "/s/scales-event-" + run + "?lang=" + lang);
                measure(browser, "1–5 scales in " + lang, problems);
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void screenReadersHearTheEndLabelsWithTheFirstAndTheLastPoint() throws Exception {
        String slug = "scales-spoken-" + Long.toString(System.nanoTime(), 36);
        StaffApi.loginAsAdmin(client.toBlocking()).openCampaign(slug, "keko-impact", "Asteikot");
        try (Browser browser = Browser.start()) {
            browser.open(server.getURL() + "/s/" + slug);
            // (Chromium puts a space between the number and the visually hidden words: "0 , Ei lainkaan …")
            assertThat(browser.accessibleName("#q-usefulness-0")).matches("0 ?, Ei lainkaan hyödyllinen");
            assertThat(browser.accessibleName("#q-usefulness-5")).isEqualTo("5");
            assertThat(browser.accessibleName("#q-usefulness-10")).matches("10 ?, Erittäin hyödyllinen");
        }
    }

    @SuppressWarnings("unchecked")
    private static void measure(Browser browser, String page, List<String> problems)
            throws IOException, InterruptedException {
        for (int width : WIDTHS) {
            browser.resize(width, 900);
            browser.awaitViewportWidth(width);
            List<Map<String, Object>> scales = (List<Map<String, Object>>) browser.script(SCALES);
            assertThat(scales).as("scales on %s", page).isNotEmpty();
            for (Map<String, Object> scale : scales) {
                String where = page + ", " + scale.get("key") + " at " + width + " px: ";
                List<Map<String, Object>> points = (List<Map<String, Object>>) scale.get("points");
                problems.addAll(layoutProblems(
                        where,
                        points.stream().map(Box::of).toList(),
                        Box.ofNullable((Map<String, Object>) scale.get("min")),
                        Box.ofNullable((Map<String, Object>) scale.get("max")),
                        width));
            }
            browser.overflowingElements()
                    .forEach(e -> problems.add(page + " at " + width + " px scrolls sideways: " + e));
        }
        browser.resize(390, 900);
    }

    /** What is wrong with one scale's layout: empty when its points line up and its labels sit at its ends. */
    private static List<String> layoutProblems(String where, List<Box> points, Box min, Box max, int width) {
        List<String> problems = new ArrayList<>();
        Box first = points.get(0);
        Box last = points.get(points.size() - 1);
        boolean row = points.stream().allMatch(p -> near(p.top(), first.top()));
        boolean column = points.stream().allMatch(p -> near(p.left(), first.left()));
        if (!row && !column) {
            problems.add(where + "the points wrap: neither one row nor one column");
            return problems;
        }
        if (points.size() == 11 && width >= 1200 && !row) {
            problems.add(where + "0–10 stands in a column on a wide screen");
        }
        if (points.size() <= 5 && !row) {
            problems.add(where + "a short scale stands in a column");
        }
        if (row) {
            if (min != null && !(min.left() <= first.left() + 1 && min.right() < last.left())) {
                problems.add(where + "the minimum's label is not at the first point: " + min + " vs " + first);
            }
            if (max != null && !(near(max.right(), last.right()) && max.left() > first.right())) {
                problems.add(where + "the maximum's label is not at the right end: " + max + " vs " + last);
            }
        } else {
            if (min != null
                    && !(min.left() >= first.right() && min.top() < first.bottom() && min.bottom() > first.top())) {
                problems.add(where + "the minimum's label is not beside the first point: " + min + " vs " + first);
            }
            if (max != null
                    && !(max.left() >= last.right() && max.top() < last.bottom() && max.bottom() > last.top())) {
                problems.add(where + "the maximum's label is not beside the last point: " + max + " vs " + last);
            }
        }
        return problems;
    }

    private static boolean near(double a, double b) {
        return Math.abs(a - b) <= 1;
    }

    private record Box(double left, double right, double top, double bottom) {

        static Box of(Map<String, Object> box) {
            return new Box(number(box, "left"), number(box, "right"), number(box, "top"), number(box, "bottom"));
        }

        static Box ofNullable(Map<String, Object> box) {
            return box == null ? null : of(box);
        }

        private static double number(Map<String, Object> box, String side) {
            return ((Number) box.get(side)).doubleValue();
        }
    }
}
