package fi.mittari.response;

import fi.mittari.indicator.statistics.Medians;
import fi.mittari.response.benchmark.BareHttpService;
import fi.mittari.response.benchmark.BareResponseWrite;
import fi.mittari.response.benchmark.CampaignRows;
import fi.mittari.response.benchmark.JsonSubmissionPaths;
import fi.mittari.response.benchmark.JsonSubmissionsReport;
import fi.mittari.response.benchmark.LoadDriver;
import fi.mittari.response.benchmark.SubmissionPath;
import fi.mittari.support.BenchmarkMeasures;
import fi.mittari.support.FormWalker;
import fi.mittari.support.RunCost;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.core.type.Argument;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The respondent paths' benchmark, run by {@code ./mvnw -B -Pbench test -Dtest=RespondentPathsBenchmark} on MariaDB
 * (never by the normal build). Two measures, each printed as tables of ratios within one run, rounds interleaved:
 *
 * <ul>
 *   <li>the no-JS form path: respondents ({@code bench.respondents} a round, 4 at a time) fill keko-impact page by
 *       page into an empty campaign and into one holding each size of {@code bench.stored} responses (generated with
 *       MariaDB's sequence engine); the ratio of the two throughputs shows whether the path slows as a campaign grows;
 *   <li>JSON submissions: {@code bench.submissions} responses at concurrency 1, 16 and 100 down each
 *       {@link SubmissionPath}, from a bare JDBC write of the rows up to POST /api/campaigns/{slug}/responses, each
 *       path adding one layer, so that the API's gap to the bare write is decomposed into HTTP itself, the framework,
 *       the token's validation and the service.
 * </ul>
 *
 * Beside throughputs and latencies, each JSON run reports what it cost per response in measures that other work on the
 * machine does not distort ({@link RunCost}): CPU time and the SQL statements and commits the pool sent. After every
 * load run the stored responses are counted: they must equal the acknowledged ones. Asserts nothing about speed.
 */
@MicronautTest(transactional = false)
@Property(name = "mittari.respondent-requests-per-minute", value = "1000000000")
@Property(name = "mittari.login.token-secret", value = RespondentPathsBenchmark.TOKEN_SECRET)
@Property(name = "mittari.bench.bare-endpoint", value = "true")
class RespondentPathsBenchmark {

    /** The key the application signs tokens with, known here so that the bare HTTP service checks them the same way. */
    static final String TOKEN_SECRET = "the-benchmark's-signing-key-of-more-than-32-bytes";

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 3);
    private static final int RESPONDENTS = Integer.getInteger("bench.respondents", 200);
    private static final int SUBMISSIONS = Integer.getInteger("bench.submissions", 2000);
    private static final int FORM_CONCURRENCY = 4;
    private static final String ANSWERS = "q.new_partners=yes&q.topical_knowledge=yes&q.employment_knowledge=no"
            + "&q.region=kainuu&q.organisation_type=kela&q.usefulness=8";

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    EmbeddedServer server;

    @Inject
    JsonMapper json;

    /** The raw pool (the injected DataSource hands out connections only inside Micronaut's transactions). */
    private DataSource dataSource;

    @Inject
    void pool(org.springframework.jdbc.datasource.DataSourceTransactionManager transactions) {
        this.dataSource = transactions.getDataSource();
    }

    private StaffApi staff;
    private CampaignRows campaigns;
    private LoadDriver driver;
    private final String run = Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void onMariaDb() throws SQLException {
        Assumptions.assumeTrue(
                System.getenv().getOrDefault("MITTARI_DB_URL", "").startsWith("jdbc:mariadb:"),
                "the benchmark generates its stored responses with MariaDB's sequence engine");
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        campaigns = new CampaignRows(dataSource);
        driver = new LoadDriver(new RunCost(dataSource).calibrate(), campaigns);
    }

    @Test
    void formPathAgainstTheSizeOfTheCampaign() throws Exception {
        String empty = campaign("form-empty");
        String grown = campaign("form-grown");
        List<String> table = new ArrayList<>();
        table.add("| stored responses | empty campaign responses/s | grown campaign responses/s | grown / empty |");
        table.add("|---:|---:|---:|---:|");
        for (int size : BenchmarkMeasures.sizes("bench.stored")) {
            campaigns.growTo(grown, size);
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
        CampaignRows.CampaignIds ids = campaigns.ids(slug);
        BareResponseWrite bare = new BareResponseWrite(dataSource);
        Map<String, Object> answers = json.readValue(
                        JsonSubmissionPaths.JSON.getBytes(StandardCharsets.UTF_8),
                        Argument.mapOf(Argument.STRING, Argument.mapOf(String.class, Object.class)))
                .get("answers");
        JsonSubmissionsReport report = new JsonSubmissionsReport();
        try (BareHttpService bareHttp =
                new BareHttpService(TOKEN_SECRET.getBytes(StandardCharsets.UTF_8), json, bare, ids)) {
            var paths = new JsonSubmissionPaths(
                    driver, slug, ids, bare, answers, server.getURL(), bareHttp.url(), staff.token());
            for (int concurrency : new int[] {1, 16, 100}) {
                for (SubmissionPath path : SubmissionPath.values()) {
                    paths.run(path, concurrency, SUBMISSIONS / 4);
                }
                for (int round = 0; round < ROUNDS; round++) {
                    StringBuilder line = new StringBuilder(
                            "bench: json, concurrency %d, round %d:".formatted(concurrency, round + 1));
                    for (SubmissionPath path : SubmissionPath.values()) {
                        LoadDriver.LoadRun one = paths.run(path, concurrency, SUBMISSIONS);
                        report.add(concurrency, path, one);
                        line.append(" %s %.0f/s p99 %.1f ms;".formatted(path.label(), one.rate(), one.p99Millis()));
                    }
                    System.out.println(line);
                }
            }
        }
        System.out.println("bench: JSON submissions, " + SUBMISSIONS + " a run, median of " + ROUNDS
                + " after one warm-up, max heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB\n"
                + report.tables());
    }

    /** Opens a keko-impact campaign of this run; returns its slug. */
    private String campaign(String name) {
        String slug = "bench-" + name + "-" + run;
        staff.openCampaign(slug, "keko-impact", "Benchmark " + name);
        return slug;
    }

    /** One round of the form path: respondents fill the whole form; responses per second. Checks none was lost. */
    private double fillRound(String slug) throws Exception {
        return driver.run(
                        FORM_CONCURRENCY,
                        RESPONDENTS,
                        () -> {
                            var last = new FormWalker(client.toBlocking()).fill("/s/" + slug + "?lang=fi", ANSWERS);
                            return last.status() == 200 && !last.isForm();
                        },
                        slug)
                .rate();
    }
}
