package fi.mittari.response.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.support.RunCost;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a number of writes a number at a time on load threads of their own (named {@link RunCost#LOAD_THREADS}…, so
 * that their CPU is told apart from the service's) and measures the run: throughput, latencies, cost per response.
 * After every run the campaign's stored responses are counted: they must equal the acknowledged ones, none lost or
 * doubled, whichever path wrote them.
 */
public final class LoadDriver {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final RunCost costs;
    private final CampaignRows campaigns;

    public LoadDriver(RunCost costs, CampaignRows campaigns) {
        this.costs = costs;
        this.campaigns = campaigns;
    }

    /** One write of one response; true when it was acknowledged as stored. */
    @FunctionalInterface
    public interface Write {
        boolean once() throws Exception;
    }

    /** What one run measured: responses a second, the median and 99th percentile latency, the cost per response. */
    public record LoadRun(double rate, double p50Millis, double p99Millis, RunCost.PerResponse cost) {}

    /** {@code count} writes into campaign {@code slug}, {@code concurrency} at a time. */
    public LoadRun run(int concurrency, int count, Write write, String slug) throws Exception {
        long before = campaigns.stored(slug);
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
        assertThat(acknowledged.get()).as("acknowledged").isEqualTo(count);
        assertThat(campaigns.stored(slug) - before).as("stored = acknowledged").isEqualTo(acknowledged.get());
        Arrays.sort(latencies);
        return new LoadRun(count / seconds, percentile(latencies, 0.5), percentile(latencies, 0.99), perResponse);
    }

    /** The latency in milliseconds below which {@code share} of the sorted {@code latencies} fall. */
    private static double percentile(long[] latencies, double share) {
        return latencies[(int) Math.ceil(latencies.length * share) - 1] / 1e6;
    }
}
