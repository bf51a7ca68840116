package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.ChildApplication;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A respondent who saw the thank-you page (or a client that got 201) has an answer that survives {@code kill -9}:
 * Mittari runs as its own process on the database of this run (on H2 exactly the default file URL of
 * application.yml, in a fresh working directory), takes a burst of responses over the JSON API and the web form, is
 * killed mid-burst, starts again on the same database and is stopped; then every acknowledged response is in the
 * database exactly once with all its answers.
 */
class KilledServerKeepsAcknowledgedResponsesIntegrationTest {

    private static final String PASSWORD = "admin-password-for-tests";
    private static final int SUBMISSIONS = 600;
    private static final int KILL_AFTER_ACKNOWLEDGED = 120;
    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    @TempDir
    Path workingDirectory;

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void everyAcknowledgedResponseIsStoredOnceAfterTheProcessIsKilled() throws Exception {
        Database database = Database.ofThisRun(workingDirectory);
        String slug = "kill-" + UUID.randomUUID().toString().substring(0, 8);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        long started = System.nanoTime();

        ChildApplication first = ChildApplication.start(workingDirectory, database.environment(), "first");
        try {
            String token = login(first);
            post(
                    first,
                    "/api/campaigns",
                    token,
                    "{\"slug\":\"" + slug + "\",\"questionnaire\":\"volunteer-training\","
                            + "\"title\":\"Kill test\"}");
            CountDownLatch enough = new CountDownLatch(KILL_AFTER_ACKNOWLEDGED);
            ExecutorService respondents = Executors.newFixedThreadPool(12);
            for (int i = 0; i < SUBMISSIONS; i++) {
                boolean viaApi = i % 2 == 0;
                respondents.execute(() -> {
                    String key = UUID.randomUUID().toString();
                    sent.incrementAndGet();
                    if (viaApi ? submitByApi(first, token, slug, key) : submitByForm(first, slug, key)) {
                        acknowledged.add(key);
                        enough.countDown();
                    }
                });
            }
            assertThat(enough.await(60, TimeUnit.SECONDS))
                    .as("acknowledged before the kill")
                    .isTrue();
            first.kill();
            respondents.shutdownNow();
            respondents.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            first.kill();
        }
        Set<String> acknowledgedAtKill = Set.copyOf(acknowledged);

        try (ChildApplication second = ChildApplication.start(workingDirectory, database.environment(), "second")) {
            assertThat(second.uri("/health")).isNotNull();
        }

        Map<String, int[]> stored = database.storedResponses(slug);
        Set<String> lost = new HashSet<>(acknowledgedAtKill);
        lost.removeAll(stored.keySet());
        long doubled = stored.values().stream()
                .filter(counts -> counts[0] != 1 || counts[1] != 2)
                .count();
        System.out.printf(
                "Kill test on %s: %d sent, %d acknowledged before the kill, %d stored after the restart,"
                        + " %d acknowledged but lost, %d doubled or torn (%.1f s)%n",
                database.name(),
                sent.get(),
                acknowledgedAtKill.size(),
                stored.size(),
                lost.size(),
                doubled,
                (System.nanoTime() - started) / 1e9);
        assertThat(lost).as("acknowledged but lost").isEmpty();
        assertThat(doubled).as("stored twice or with missing answers").isZero();
    }

    private boolean submitByApi(ChildApplication app, String token, String slug, String key) {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(app.uri("/api/campaigns/" + slug + "/responses"))
                            .header("Content-Type", "application/json")
                            .header("Accept", "application/json")
                            .header("Authorization", "Bearer " + token)
                            .header("Idempotency-Key", key)
                            .timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "{\"answers\":{\"ready_to_volunteer\":\"yes\",\"recommend\":9}}"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 201;
        } catch (IOException | InterruptedException killed) {
            return false;
        }
    }

    private boolean submitByForm(ChildApplication app, String slug, String key) {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(app.uri("/s/" + slug))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .header("Accept", "text/html")
                            .timeout(Duration.ofSeconds(20))
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    "submission=" + key + "&q.ready_to_volunteer=yes&q.recommend=9&action=send"))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 303
                    && response.headers().firstValue("Location").orElse("").contains("/thanks");
        } catch (IOException | InterruptedException killed) {
            return false;
        }
    }

    private String login(ChildApplication app) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(app.uri("/login"))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"admin\",\"password\":\"" + PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        assertThat(token.find()).as("login: " + response.statusCode()).isTrue();
        return token.group(1);
    }

    private void post(ChildApplication app, String path, String token, String json)
            throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(app.uri(path))
                        .header("Content-Type", "application/json")
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
    }

    /** The database of this run: MariaDB as the run names it, else the embedded default in the working directory. */
    private record Database(String name, String url, String user, String password, Map<String, String> environment) {

        static Database ofThisRun(Path workingDirectory) {
            String url = System.getenv().getOrDefault("MITTARI_DB_URL", "");
            Map<String, String> environment = new HashMap<>();
            environment.put("MITTARI_DEMO", "false");
            environment.put("MITTARI_ADMIN_PASSWORD", PASSWORD);
            environment.put(
                    "MITTARI_SURVEYS_DIR",
                    Path.of("src/test/resources/questionnaires")
                            .toAbsolutePath()
                            .toString());
            environment.put(
                    "MITTARI_BATCH_DIR", Path.of("batch").toAbsolutePath().toString());
            environment.put("MITTARI_BATCH_SCHEDULES_ENABLED", "false");
            environment.put("MITTARI_RESPONDENT_REQUESTS_PER_MINUTE", "1000000");
            environment.put("MITTARI_COOKIE_SECURE", "false");
            if (url.startsWith("jdbc:mariadb:")) {
                return new Database(
                        "MariaDB",
                        url,
                        System.getenv("MITTARI_DB_USER"),
                        System.getenv("MITTARI_DB_PASSWORD"),
                        environment);
            }
            // exactly what `java -jar` uses: application.yml's default URL, relative to the working directory
            environment.put("MITTARI_DB_URL", null);
            environment.put("MITTARI_DB_USER", null);
            environment.put("MITTARI_DB_PASSWORD", null);
            return new Database(
                    "the embedded default (H2 file)",
                    "jdbc:h2:file:" + workingDirectory.resolve("data/mittari") + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE",
                    "mittari",
                    "",
                    environment);
        }

        /** Per submission key of the campaign: {responses, answer rows}. */
        Map<String, int[]> storedResponses(String slug) throws SQLException {
            String sql =
                    """
                    SELECT r.submission_key, COUNT(DISTINCT r.id), COUNT(a.id)
                    FROM response r
                    JOIN campaign c ON c.id = r.campaign_id
                    LEFT JOIN answer a ON a.response_id = r.id
                    WHERE c.slug = ?
                    GROUP BY r.submission_key""";
            Map<String, int[]> stored = new HashMap<>();
            try (Connection connection = DriverManager.getConnection(url, user, password);
                    PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, slug);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        stored.put(rows.getString(1), new int[] {rows.getInt(2), rows.getInt(3)});
                    }
                }
            }
            return stored;
        }
    }
}
