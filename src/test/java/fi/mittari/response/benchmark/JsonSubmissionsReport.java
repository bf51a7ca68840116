package fi.mittari.response.benchmark;

import static fi.mittari.response.benchmark.SubmissionPath.API;
import static fi.mittari.response.benchmark.SubmissionPath.BARE_HTTP;
import static fi.mittari.response.benchmark.SubmissionPath.BARE_INSERT;
import static fi.mittari.response.benchmark.SubmissionPath.MICRONAUT;
import static fi.mittari.response.benchmark.SubmissionPath.MICRONAUT_TOKEN;

import fi.mittari.indicator.statistics.Medians;
import fi.mittari.response.benchmark.LoadDriver.LoadRun;
import fi.mittari.support.RunCost;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The JSON benchmark's tables: every path's runs at each concurrency, reported as medians over the rounds, the ratios
 * between paths, the API's CPU per response decomposed layer by layer, and the statements each path sent.
 */
public final class JsonSubmissionsReport {

    /** Ratios printed: the first path against the second. */
    private static final List<SubmissionPath[]> RATIOS = List.of(
            new SubmissionPath[] {API, BARE_INSERT},
            new SubmissionPath[] {API, BARE_HTTP},
            new SubmissionPath[] {BARE_HTTP, BARE_INSERT},
            new SubmissionPath[] {MICRONAUT, BARE_HTTP},
            new SubmissionPath[] {API, MICRONAUT_TOKEN});

    private final Map<Integer, Map<SubmissionPath, List<LoadRun>>> runs = new LinkedHashMap<>();

    /** Adds one run of {@code path} at {@code concurrency}. */
    public void add(int concurrency, SubmissionPath path, LoadRun run) {
        runs.computeIfAbsent(concurrency, c -> new EnumMap<>(SubmissionPath.class))
                .computeIfAbsent(path, p -> new ArrayList<>())
                .add(run);
    }

    /** The tables, in Markdown. */
    public String tables() {
        return String.join(
                "\n",
                "bench: per path (medians; CPU per response in µs: service = every Java thread but the load threads,"
                        + " the bare insert's load threads included; client = the load threads; JVM = the whole"
                        + " process less the client)",
                "| concurrency | path | responses/s | p50 ms | p99 ms | service CPU µs | client CPU µs | JVM CPU µs |",
                "|---:|---|---:|---:|---:|---:|---:|---:|",
                rows(this::pathRow),
                "",
                "bench: ratios (throughput and CPU: the first path's throughput over the second's, the second's CPU"
                        + " per response over the first's, so 1 = as fast and 0.2 = a fifth; p50 and p99: the first's"
                        + " latency over the second's)",
                "| concurrency | paths | throughput | CPU | p50 | p99 |",
                "|---:|---|---:|---:|---:|---:|",
                rows(this::ratioRows),
                "",
                "bench: the API's service CPU per response decomposed (µs; each layer = its path less the one before)",
                "| concurrency | bare insert | + HTTP (bare HTTP) | + Micronaut | + token | + service (API) | API |",
                "|---:|---:|---:|---:|---:|---:|---:|",
                rows(this::decompositionRow),
                "",
                "bench: statements per response (the pool's MariaDB session counters)",
                "| concurrency | path | " + String.join(" | ", RunCost.COUNTERS) + " |",
                "|---:|---|" + "---:|".repeat(RunCost.COUNTERS.size()),
                rows(this::statementRows));
    }

    private String rows(java.util.function.Function<Integer, String> row) {
        return String.join("\n", runs.keySet().stream().map(row).toList());
    }

    private String pathRow(int concurrency) {
        List<String> rows = new ArrayList<>();
        for (SubmissionPath path : runs.get(concurrency).keySet()) {
            rows.add("| %d | %s | %.0f | %.1f | %.1f | %.0f | %.0f | %.0f |"
                    .formatted(
                            concurrency,
                            path.label(),
                            median(concurrency, path, LoadRun::rate),
                            median(concurrency, path, LoadRun::p50Millis),
                            median(concurrency, path, LoadRun::p99Millis),
                            serviceCpu(concurrency, path),
                            path == BARE_INSERT
                                    ? 0
                                    : median(
                                            concurrency, path, run -> run.cost().loadThreadsCpuMicros()),
                            median(
                                    concurrency,
                                    path,
                                    run -> run.cost().processCpuMicros()
                                            - (path == BARE_INSERT
                                                    ? 0
                                                    : run.cost().loadThreadsCpuMicros()))));
        }
        return String.join("\n", rows);
    }

    private String ratioRows(int concurrency) {
        List<String> rows = new ArrayList<>();
        for (SubmissionPath[] pair : RATIOS) {
            SubmissionPath first = pair[0];
            SubmissionPath second = pair[1];
            rows.add("| %d | %s / %s | %.2f | %.2f | %.2f | %.2f |"
                    .formatted(
                            concurrency,
                            first.label(),
                            second.label(),
                            median(concurrency, first, LoadRun::rate) / median(concurrency, second, LoadRun::rate),
                            serviceCpu(concurrency, second) / serviceCpu(concurrency, first),
                            median(concurrency, first, LoadRun::p50Millis)
                                    / median(concurrency, second, LoadRun::p50Millis),
                            median(concurrency, first, LoadRun::p99Millis)
                                    / median(concurrency, second, LoadRun::p99Millis)));
        }
        return String.join("\n", rows);
    }

    private String decompositionRow(int concurrency) {
        double bare = serviceCpu(concurrency, BARE_INSERT);
        double http = serviceCpu(concurrency, BARE_HTTP);
        double micronaut = serviceCpu(concurrency, MICRONAUT);
        double token = serviceCpu(concurrency, MICRONAUT_TOKEN);
        double api = serviceCpu(concurrency, API);
        double gap = api - bare;
        return "| %d | %.0f | %s | %s | %s | %s | %.0f |"
                .formatted(
                        concurrency,
                        bare,
                        layer(http - bare, gap),
                        layer(micronaut - http, gap),
                        layer(token - micronaut, gap),
                        layer(api - token, gap),
                        api);
    }

    /** A layer's CPU and its share of the API's gap to the bare insert. */
    private static String layer(double micros, double gap) {
        return "%.0f (%.0f %%)".formatted(micros, 100 * micros / gap);
    }

    private String statementRows(int concurrency) {
        List<String> rows = new ArrayList<>();
        for (SubmissionPath path : runs.get(concurrency).keySet()) {
            StringBuilder row = new StringBuilder("| %d | %s |".formatted(concurrency, path.label()));
            for (String counter : RunCost.COUNTERS) {
                row.append(" %.2f |".formatted(median(concurrency, path, run -> run.cost()
                        .statements()
                        .get(counter))));
            }
            rows.add(row.toString());
        }
        return String.join("\n", rows);
    }

    /**
     * The CPU per response the path's server side spent: the service threads' for an HTTP path; for the bare insert,
     * which has no server, its load threads' (the write) and the other threads' meanwhile.
     */
    private double serviceCpu(int concurrency, SubmissionPath path) {
        return median(
                concurrency,
                path,
                run -> run.cost().serviceThreadsCpuMicros()
                        + (path == BARE_INSERT ? run.cost().loadThreadsCpuMicros() : 0));
    }

    /** The median over the rounds of one measure of one path's runs at one concurrency. */
    private double median(int concurrency, SubmissionPath path, ToDoubleFunction<LoadRun> measure) {
        return Medians.of(
                runs.get(concurrency).get(path).stream().mapToDouble(measure).toArray());
    }
}
