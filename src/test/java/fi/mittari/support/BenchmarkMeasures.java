package fi.mittari.support;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.List;

/** What every *Benchmark measures the same way: the sizes it is asked for and the heap's peak between two points. */
public final class BenchmarkMeasures {

    private BenchmarkMeasures() {}

    /** The comma-separated sizes of system property {@code property} (e.g. bench.answers=100000,1000000). */
    public static List<Integer> sizes(String property) {
        List<Integer> sizes = Arrays.stream(
                        System.getProperty(property, "100000").split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        if (sizes.isEmpty()) {
            throw new IllegalArgumentException(property + " names no size");
        }
        return sizes;
    }

    /** Collects garbage and starts every heap pool's peak afresh. */
    public static void resetPeaks() {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /**
     * The sum of the heap pools' peaks since {@link #resetPeaks()}, in MB: an upper bound of the real peak (the pools
     * need not peak at the same moment), so it rises towards the heap cap rather than with the data.
     */
    public static long peakHeapMegabytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                        .filter(pool -> pool.getType() == MemoryType.HEAP)
                        .mapToLong(pool -> pool.getPeakUsage().getUsed())
                        .sum()
                / (1024 * 1024);
    }
}
