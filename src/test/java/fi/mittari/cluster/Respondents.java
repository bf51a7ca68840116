package fi.mittari.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Respondents answering the volunteer-training questionnaire through HAProxy, half over the JSON API and half with the
 * web form, each sending again with the same key (as a person presses Send again, or a client retries) until the
 * answer is acknowledged: 201/200 from the API, the redirect to the thank-you page from the form. Also respondents
 * who save their answers half-way ("continue later") on one node and finish later.
 */
final class Respondents {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final long THINKING_MILLIS = 100;
    private static final Pattern CHECKED_READINESS =
            Pattern.compile("name=\"q\\.ready_to_volunteer\"\\s+value=\"([^\"]+)\"\\s+checked");

    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicInteger started = new AtomicInteger();
    final AtomicInteger attempts = new AtomicInteger();
    final AtomicInteger gaveUp = new AtomicInteger();
    final AtomicInteger acknowledgedByApi = new AtomicInteger();
    final AtomicInteger acknowledgedByForm = new AtomicInteger();

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final URI balancer;
    private final String slug;
    private final String token;
    private final AtomicBoolean answering = new AtomicBoolean(true);
    private final ExecutorService people;

    Respondents(URI balancer, String slug, String token, int atOnce) {
        this.balancer = balancer;
        this.slug = slug;
        this.token = token;
        this.people = Executors.newFixedThreadPool(atOnce);
        for (int i = 0; i < atOnce; i++) {
            boolean viaApi = i % 2 == 0;
            people.execute(() -> {
                while (answering.get()) {
                    String key = UUID.randomUUID().toString();
                    started.incrementAndGet();
                    untilAcknowledged(key, () -> viaApi ? byApi(key) : byForm(key, "q.ready_to_volunteer=yes&"));
                    pause(THINKING_MILLIS);
                }
            });
        }
    }

    /** Saves half of a form ("continue later") at {@code node}; true when the respondent was told it is saved. */
    boolean saveHalfway(URI node, String key) {
        started.incrementAndGet();
        return send(node.resolve("/s/" + slug), "submission=" + key + "&q.ready_to_volunteer=yes&action=later") == 200;
    }

    /**
     * Each respondent of a form saved half-way comes back through HAProxy by the resume link, finds the answer saved
     * before checked on the page, and sends it with the rest, until acknowledged; all at once. Had the saved answer
     * been lost, the page would show nothing checked and the form would be refused as incomplete.
     */
    void finish(Set<String> keys) throws InterruptedException {
        ExecutorService finishing = Executors.newFixedThreadPool(keys.size());
        keys.forEach(key -> finishing.execute(() -> untilAcknowledged(key, () -> savedReadiness(key)
                .map(saved -> byForm(key, "q.ready_to_volunteer=" + saved + "&"))
                .orElse(false))));
        finishing.shutdown();
        finishing.awaitTermination(PATIENCE.toSeconds() + 10, TimeUnit.SECONDS);
    }

    /** Everyone sends what they are sending; nobody starts a new response. */
    void stop() throws InterruptedException {
        answering.set(false);
        people.shutdown();
        people.awaitTermination(PATIENCE.toSeconds() + 10, TimeUnit.SECONDS);
    }

    private interface Attempt {
        boolean acknowledged();
    }

    private void untilAcknowledged(String key, Attempt attempt) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            attempts.incrementAndGet();
            if (attempt.acknowledged()) {
                acknowledged.add(key);
                return;
            }
            if (!pause(250)) {
                break;
            }
        }
        gaveUp.incrementAndGet();
    }

    /**
     * A person's pace (thinking before the next response, waiting before sending again): the load the cluster is under,
     * not a wait for anything to happen, so a plain sleep.
     */
    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean byApi(String key) {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(balancer.resolve("/api/campaigns/" + slug + "/responses"))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .header("Idempotency-Key", key)
                            .timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"answers\":{\"ready_to_volunteer\":\"yes\",\"recommend\":9}}"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            boolean acknowledged = response.statusCode() == 201 || response.statusCode() == 200;
            if (acknowledged) {
                acknowledgedByApi.incrementAndGet();
            }
            return acknowledged;
        } catch (IOException | InterruptedException lost) {
            return false;
        }
    }

    /** The thank-you redirect acknowledges; {@code firstHalf} is empty when it was saved before. */
    private boolean byForm(String key, String firstHalf) {
        try {
            var response = http.send(
                    form(
                            balancer.resolve("/s/" + slug),
                            "submission=" + key + "&" + firstHalf + "q.recommend=9&action=send"),
                    HttpResponse.BodyHandlers.discarding());
            boolean acknowledged = response.statusCode() == 303
                    && response.headers().firstValue("Location").orElse("").contains("/thanks");
            if (acknowledged) {
                acknowledgedByForm.incrementAndGet();
            }
            return acknowledged;
        } catch (IOException | InterruptedException lost) {
            return false;
        }
    }

    /** The answer to ready_to_volunteer that the resume page shows checked. */
    private Optional<String> savedReadiness(String key) {
        try {
            var page = http.send(
                    HttpRequest.newBuilder(balancer.resolve("/r/" + key))
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(20))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher checked = CHECKED_READINESS.matcher(page.body());
            return page.statusCode() == 200 && checked.find() ? Optional.of(checked.group(1)) : Optional.empty();
        } catch (IOException | InterruptedException lost) {
            return Optional.empty();
        }
    }

    private int send(URI address, String body) {
        try {
            return http.send(form(address, body), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException | InterruptedException lost) {
            return -1;
        }
    }

    private static HttpRequest form(URI address, String body) {
        return HttpRequest.newBuilder(address)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(20))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
