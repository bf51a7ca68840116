package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.statistics.Medians;
import fi.mittari.support.BenchmarkMeasures;
import fi.mittari.support.FormWalker;
import fi.mittari.support.KeptAliveClient;
import fi.mittari.support.RunCost;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToDoubleFunction;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The respondent paths' benchmark, run by {@code ./mvnw -B -Pbench test -Dtest=RespondentPathsBenchmark} on MariaDB
 * (never by the normal build). Two measures, each printed as a table of ratios within one run, rounds interleaved:
 *
 * <ul>
 *   <li>the no-JS form path: respondents ({@code bench.respondents} a round, 4 at a time) fill keko-impact page by
 *       page into an empty campaign and into one holding each size of {@code bench.stored} responses (generated with
 *       MariaDB's sequence engine); the ratio of the two throughputs shows whether the path slows as a campaign grows;
 *   <li>JSON submissions: {@code bench.submissions} responses through POST /api/campaigns/{slug}/responses at
 *       concurrency 1, 16 and 100, next to a bare JDBC write of the same rows (the response row and its answers in one
 *       transaction, answers as a JDBC batch) on the application's own connection pool.
 * </ul>
 *
 * Beside throughputs and latencies, each JSON run reports what it cost per response in measures that other work on the
 * machine does not distort ({@link RunCost}): the JVM's CPU time and the SQL statements and commits the pool sent.
 * After every load run the stored responses are counted: they must equal the acknowledged ones, none lost or doubled.
 * Asserts nothing about speed.
 */
@MicronautTest(transactional = false)
@Property(name = "mittari.respondent-requests-per-minute", value = "1000000000")
class RespondentPathsBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int RESPONDENTS = Integer.getInteger("bench.respondents", 200);
    private static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 2000);
    private static final int FORM_CONCURRENCY = 4;
    private static final String ANSWERS = "q.new_partners=yes&q.topical_knowledge=yes&q.employment_knowledge=no"
            + "&q.region=kainuu&q.organisation_type=kela&q.usefulness=8";
    private static final String JSON =
            """
            {"answers": {"new_partners": "yes", "topical_knowledge": "yes", "employment_knowledge": "no",
             "region": "kainuu", "organisation_type": "kela", "usefulness": 8}}""";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    /** The raw pool (the injected DataSource hands out connections only inside Micronaut's transactions). */
    private DataSource dataSource;

    @Inject
    void pool(org.springframework.jdbc.datasource.DataSourceTransactionManager transactions) {
        this.dataSource = transactions.getDataSource();
    }

    private StaffApi staff;
    private RunCost costs;
    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void onMariaDb() throws SQLException {
        Assumptions.assumeTrue(
                System.getenv().getOrDefault("MITTARI_DB_URL", "").startsWith("jdbc:mariadb:"),
                "the benchmark generates its stored responses with MariaDB's sequence engine");
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        costs = new RunCost(dataSource).calibrate();
    }

    @Test
    void formPathAgainstTheSizeOfTheCampaign() throws Exception {
        String empty = campaign("form-empty");
        String grown = campaign("form-grown");
        List<String> table = new ArrayList<>();
        table.add("| stored responses | empty campaign responses/s | grown campaign responses/s | grown / empty |");
        table.add("|---:|---:|---:|---:|");
        for (int size : BenchmarkMeasures.sizes("bench.stored")) {
            growTo(grown, size);
            fillRound(empty);
            fillRound(grown);
            double[] emptyRates = new double[ROUNDS];
            double[] grownRates = new double[ROUNDS];
            for (int round = 0; round < ROUNDS; round++) {
                emptyRates[round] = fillRound(empty);
                grownRates[round] = fillRound(grown);
                System.out.printf(
                        "bench: form, %,d stored, round %d: empty %.1f/s, grown %.1f/s%n",
                        size, round + 1, emptyRates[round], grownRates[round]);
            }
            double emptyRate = Medians.of(emptyRates);
            double grownRate = Medians.of(grownRates);
            table.add("| %,d | %.1f | %.1f | %.2f |".formatted(size, emptyRate, grownRate, grownRate / emptyRate));
        }
        System.out.println("bench: form path, " + RESPONDENTS + " respondents a round, " + FORM_CONCURRENCY
                + " at a time, median of " + ROUNDS + " after one warm-up\n" + String.join("\n", table));
    }

    @Test
    void jsonSubmissionsAgainstABareInsert() throws Exception {
        String slug = campaign("json");
        long[] ids = campaignIds(slug);
        List<String> table = new ArrayList<>();
        table.add("| concurrency | API responses/s | bare responses/s | API / bare | API p99 ms | bare p99 ms"
                + " | API p99 / bare p99 |");
        table.add("|---:|---:|---:|---:|---:|---:|---:|");
        List<String> cpu = new ArrayList<>();
        cpu.add("| concurrency | API service threads µs | API client µs | bare write µs | bare / API"
                + " | API JVM less client µs | bare JVM µs | bare / API (JVM) |");
        cpu.add("|---:|---:|---:|---:|---:|---:|---:|---:|");
        List<String> statements = new ArrayList<>();
        statements.add("| concurrency | path | " + String.join(" | ", RunCost.COUNTERS) + " |");
        statements.add("|---:|---|" + "---:|".repeat(RunCost.COUNTERS.size()));
        for (int concurrency : new int[] {1, 16, 100}) {
            apiLoad(concurrency, SUBMISSIONS / 4, slug);
            load(concurrency, SUBMISSIONS / 4, () -> bare(ids), slug);
            List<Load> apiRuns = new ArrayList<>();
            List<Load> bareRuns = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                apiRuns.add(apiLoad(concurrency, SUBMISSIONS, slug));
                bareRuns.add(load(concurrency, SUBMISSIONS, () -> bare(ids), slug));
                System.out.printf(
                        "bench: json, concurrency %d, round %d: API %.0f/s p99 %.1f ms %s, bare %.0f/s p99 %.1f ms %s%n",
                        concurrency,
                        round + 1,
                        apiRuns.get(round).rate(),
                        apiRuns.get(round).p99Millis(),
                        apiRuns.get(round).cost(),
                        bareRuns.get(round).rate(),
                        bareRuns.get(round).p99Millis(),
                        bareRuns.get(round).cost());
            }
            double apiRate = Medians.of(apiRuns.stream().mapToDouble(Load::rate).toArray());
            double bareRate =
                    Medians.of(bareRuns.stream().mapToDouble(Load::rate).toArray());
            double apiP99 =
                    Medians.of(apiRuns.stream().mapToDouble(Load::p99Millis).toArray());
            double bareP99 =
                    Medians.of(bareRuns.stream().mapToDouble(Load::p99Millis).toArray());
            table.add("| %d | %.0f | %.0f | %.2f | %.1f | %.1f | %.2f |"
                    .formatted(concurrency, apiRate, bareRate, apiRate / bareRate, apiP99, bareP99, apiP99 / bareP99));
            cpu.add(cpuRow(concurrency, apiRuns, bareRuns));
            statements.add(statementsRow(concurrency, "API", apiRuns));
            statements.add(statementsRow(concurrency, "bare", bareRuns));
        }
        System.out.println("bench: JSON submissions, " + SUBMISSIONS + " a run, median of " + ROUNDS
                + " after one warm-up, client " + CLIENT + ", max heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB\n" + String.join("\n", table)
                + "\n\nbench: CPU per response (µs; threads: Java threads without the JIT compiler and the collector;"
                + " JVM: the whole process)\n"
                + String.join("\n", cpu) + "\n\nbench: statements per response (the pool's MariaDB session counters)\n"
                + String.join("\n", statements));
    }

    /**
     * The median CPU per response of the API's runs and the bare ones, and their ratio: the API's service threads
     * against the bare write's load threads (each with what the other threads did meanwhile), then the whole JVMs'.
     */
    private static String cpuRow(int concurrency, List<Load> api, List<Load> bare) {
        double apiService = median(api, cost -> cost.serviceThreadsCpuMicros());
        double apiClient = median(api, cost -> cost.loadThreadsCpuMicros());
        double bareWrite = median(bare, cost -> cost.loadThreadsCpuMicros() + cost.serviceThreadsCpuMicros());
        double apiProcess = median(api, cost -> cost.processCpuMicros() - cost.loadThreadsCpuMicros());
        double bareProcess = median(bare, cost -> cost.processCpuMicros());
        return "| %d | %.0f | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f |"
                .formatted(
                        concurrency,
                        apiService,
                        apiClient,
                        bareWrite,
                        bareWrite / apiService,
                        apiProcess,
                        bareProcess,
                        bareProcess / apiProcess);
    }

    /** The median count of each counter per response over the runs. */
    private static String statementsRow(int concurrency, String path, List<Load> runs) {
        StringBuilder row = new StringBuilder("| %d | %s |".formatted(concurrency, path));
        for (String counter : RunCost.COUNTERS) {
            row.append(
                    " %.2f |".formatted(median(runs, cost -> cost.statements().get(counter))));
        }
        return row.toString();
    }

    /** The median over the rounds of one per-response cost (CPU, statements), as the throughput columns take theirs. */
    private static double median(List<Load> runs, ToDoubleFunction<RunCost.PerResponse> measure) {
        return Medians.of(runs.stream().map(Load::cost).mapToDouble(measure).toArray());
    }

    /** Opens a keko-impact campaign of this run; returns its slug. */
    private String campaign(String name) {
        String slug = "bench-" + name + "-" + run;
        staff.openCampaign(slug, "keko-impact", "Benchmark " + name);
        return slug;
    }

    /** One round of the form path: respondents fill the whole form; responses per second. Checks none was lost. */
    private double fillRound(String slug) throws Exception {
        return load(
                        FORM_CONCURRENCY,
                        RESPONDENTS,
                        () -> {
                            var last = new FormWalker(client.toBlocking()).fill("/s/" + slug + "?lang=fi", ANSWERS);
                            return last.status() == 200 && !last.isForm();
                        },
                        slug)
                .rate();
    }

    /** One load run: {@code count} writes, {@code concurrency} at a time; checks the stored ones = acknowledged. */
    private Load load(int concurrency, int count, Write write, String slug) throws Exception {
        long before = stored(slug);
        AtomicLong named = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(
                concurrency, task -> new Thread(task, RunCost.LOAD_THREADS + named.incrementAndGet()));
        long[] latencies = new long[count];
        AtomicLong acknowledged = new AtomicLong();
        AtomicLong loadThreadsCpu = new AtomicLong();
        RunCost.Start cost = costs.start();
        long started = System.nanoTime();
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int at = i;
                done.add(pool.submit(() -> {
                    long sent = System.nanoTime();
                    long cpuBefore = THREADS.getCurrentThreadCpuTime();
                    if (write.once()) {
                        acknowledged.incrementAndGet();
                    }
                    loadThreadsCpu.addAndGet(THREADS.getCurrentThreadCpuTime() - cpuBefore);
                    latencies[at] = System.nanoTime() - sent;
                    return null;
                }));
            }
            for (Future<?> one : done) {
                one.get(10, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        RunCost.PerResponse perResponse = costs.end(cost, count, loadThreadsCpu.get());
        assertThat(acknowledged.get()).isEqualTo(count);
        assertThat(stored(slug) - before).as("stored = acknowledged").isEqualTo(acknowledged.get());
        Arrays.sort(latencies);
        return new Load(count / seconds, latencies[(int) Math.ceil(count * 0.99) - 1] / 1e6, perResponse);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private record Load(double rate, double p99Millis, RunCost.PerResponse cost) {}

    @FunctionalInterface
    private interface Write {
        /** Writes one response; true when it was acknowledged as stored. */
        boolean once() throws Exception;
    }

    /**
     * The API's client: "kept-alive" (default), a connection per load thread written and read on that thread
     * ({@link KeptAliveClient}); "jdk", the JDK's HttpClient, which hands each answer across two more threads.
     */
    private static final String CLIENT = System.getProperty("bench.client", "kept-alive");

    /** One load run through the API, with a fresh client whose connections are closed after the run. */
    private Load apiLoad(int concurrency, int count, String slug) throws Exception {
        if (CLIENT.equals("jdk")) {
            return load(concurrency, count, () -> api(slug), slug);
        }
        try (KeptAliveClient kept = new KeptAliveClient(
                server.getURL(),
                "POST",
                "/api/campaigns/" + slug + "/responses",
                List.of("Content-Type: application/json", "Authorization: Bearer " + staff.token()),
                JSON)) {
            return load(concurrency, count, () -> kept.send() == 201, slug);
        }
    }

    private final java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .build();

    private boolean api(String slug) throws Exception {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/api/campaigns/" + slug + "/responses"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + staff.token())
                        .POST(HttpRequest.BodyPublishers.ofString(JSON))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 201;
    }

    /** The rows the API writes for {@link #JSON}, written bare: one transaction, the answers as a JDBC batch. */
    private boolean bare(long[] ids) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            long response;
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO response (campaign_id, questionnaire_version_id, submission_key, language, channel,"
                            + " submitted_at, submitted_on) VALUES (?, ?, ?, 'fi', 'API', CURRENT_TIMESTAMP,"
                            + " CURRENT_DATE)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setLong(1, ids[0]);
                insert.setLong(2, ids[1]);
                insert.setString(
                        3,
                        "bare-" + System.nanoTime() + "-"
                                + Thread.currentThread().getId());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    response = keys.getLong(1);
                }
            }
            try (PreparedStatement answers = connection.prepareStatement(
                    "INSERT INTO answer (response_id, question_key, choice_value, number_value) VALUES (?, ?, ?, ?)")) {
                // In the JSON's order in every run: Map.of's order changes between JVMs, and with it how many
                // statements the driver splits the batch into (one more wherever the fourth column's type changes).
                for (var answer : List.of(
                        Map.entry("new_partners", "yes"),
                        Map.entry("topical_knowledge", "yes"),
                        Map.entry("employment_knowledge", "no"),
                        Map.entry("region", "kainuu"),
                        Map.entry("organisation_type", "kela"),
                        Map.entry("usefulness", "8"))) {
                    answers.setLong(1, response);
                    answers.setString(2, answer.getKey());
                    answers.setString(3, answer.getValue());
                    if (answer.getKey().equals("usefulness")) {
                        answers.setBigDecimal(4, new java.math.BigDecimal(answer.getValue()));
                    } else {
                        answers.setNull(4, java.sql.Types.DECIMAL);
                    }
                    answers.addBatch();
                }
                answers.executeBatch();
            }
            connection.commit();
            return true;
        }
    }

    /** The campaign's id and questionnaire version id. */
    private long[] campaignIds(String slug) throws SQLException {
        return numbers("SELECT id, questionnaire_version_id FROM campaign WHERE slug = ?", slug, 2);
    }

    private long stored(String slug) throws SQLException {
        return numbers(
                "SELECT COUNT(*) FROM response r JOIN campaign c ON c.id = r.campaign_id WHERE c.slug = ?", slug, 1)[0];
    }

    /** The first {@code columns} numbers of the one row {@code sql} gives for the campaign {@code slug}. */
    private long[] numbers(String sql, String slug, int columns) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long[] numbers = new long[columns];
                for (int column = 0; column < columns; column++) {
                    numbers[column] = row.getLong(column + 1);
                }
                return numbers;
            }
        }
    }

    /** Stores generated responses (no answers: the count is what grows) until the campaign holds {@code size}. */
    private void growTo(String slug, int size) throws SQLException {
        long[] ids = campaignIds(slug);
        long have = stored(slug);
        long started = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            for (long from = have + 1; from <= size; from += 100_000) {
                long to = Math.min(size, from + 99_999);
                try (Statement insert = connection.createStatement()) {
                    insert.executeUpdate(("INSERT INTO response (campaign_id, questionnaire_version_id, submission_key,"
                                    + " language, channel, submitted_at, submitted_on)"
                                    + " SELECT %d, %d, CONCAT('grown-', seq), 'fi', 'WEB', CURRENT_TIMESTAMP, CURRENT_DATE"
                                    + " FROM seq_%d_to_%d")
                            .formatted(ids[0], ids[1], from, to));
                }
            }
        }
        System.out.printf(
                "bench: campaign grown to %,d stored responses in %.1f s%n", size, (System.nanoTime() - started) / 1e9);
    }
}
