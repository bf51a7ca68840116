package fi.mittari.support;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * What a load run cost besides its time, in measures the other work on a shared machine does not distort: the CPU
 * time spent (throughput on starved cores says how long the run waited for them; the CPU it used does not grow with
 * that wait) and the statements the application's connection pool sent to MariaDB.
 *
 * <p>CPU is counted twice: the whole JVM's (every thread, the JIT compiler's and the collector's included) and the
 * Java threads' other than the load threads (named {@link #LOAD_THREADS}…), which leaves out the compiler and the
 * collector: in a short run the JIT compiles the API's code paths for much of it, which says nothing about a request.
 *
 * <p>The statements are MariaDB's session counters of each pooled connection ({@code Com_insert}, {@code Com_commit},
 * …), read on every connection of the pool before and after the run. Global counters would count the other
 * databases on the same server too; a session's count belongs to its connection, whoever borrowed it, so the
 * statements the pool and the driver send on their own (autocommit switches, resets on return) are counted with the
 * application's. The reading itself sends statements, so a run's count is less the count of two readings with nothing
 * in between ({@link #calibrate}).
 */
public final class RunCost {

    /** MariaDB's session counters reported, in the order of the tables. */
    public static final List<String> COUNTERS = List.of(
            "Questions",
            "Com_select",
            "Com_insert",
            "Com_update",
            "Com_commit",
            "Com_rollback",
            "Com_set_option",
            "Com_stmt_prepare",
            "Com_stmt_execute");

    /** The prefix of the load threads' names: their CPU is the client's (API) or the whole write's (bare). */
    public static final String LOAD_THREADS = "bench-load-";

    private static final com.sun.management.OperatingSystemMXBean SYSTEM =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final DataSource pool;
    private Map<String, Long> readingItself = Map.of();

    public RunCost(DataSource pool) {
        this.pool = pool;
    }

    /** Measures what reading the counters adds to them, to be taken off every run's count. */
    public RunCost calibrate() throws SQLException {
        Map<Long, Map<String, Long>> first = sessionCounters();
        readingItself = difference(first, sessionCounters());
        return this;
    }

    /** The JVM's CPU time and the pool's counters at the start of a run. */
    public Start start() throws SQLException {
        Map<Long, Map<String, Long>> counters = sessionCounters();
        return new Start(SYSTEM.getProcessCpuTime(), otherThreadsCpu(), counters);
    }

    /**
     * The run's cost per response since {@code start}: {@code loadThreadsCpuNanos} is what the load threads
     * themselves used (the client's work for the API, the whole write for the bare one).
     */
    public PerResponse end(Start start, int responses, long loadThreadsCpuNanos) throws SQLException {
        long processCpu = SYSTEM.getProcessCpuTime() - start.processCpuNanos();
        long otherThreadsCpu = 0;
        for (Map.Entry<Long, Long> thread : otherThreadsCpu().entrySet()) {
            otherThreadsCpu += thread.getValue() - start.otherThreadsCpuNanos().getOrDefault(thread.getKey(), 0L);
        }
        Map<String, Long> counted = difference(start.counters(), sessionCounters());
        Map<String, Double> statements = new LinkedHashMap<>();
        for (String counter : COUNTERS) {
            long count = counted.getOrDefault(counter, 0L) - readingItself.getOrDefault(counter, 0L);
            statements.put(counter, (double) count / responses);
        }
        return new PerResponse(
                processCpu / 1000.0 / responses,
                otherThreadsCpu / 1000.0 / responses,
                loadThreadsCpuNanos / 1000.0 / responses,
                statements);
    }

    /** Taken at the start of a run. */
    public record Start(
            long processCpuNanos, Map<Long, Long> otherThreadsCpuNanos, Map<Long, Map<String, Long>> counters) {}

    /**
     * Per response, in microseconds of CPU: the JVM's (every thread, the compiler's and collector's included), the
     * Java threads' other than the load threads (the service's, for the API), the load threads'; and each counter of
     * {@link #COUNTERS}.
     */
    public record PerResponse(
            double processCpuMicros,
            double serviceThreadsCpuMicros,
            double loadThreadsCpuMicros,
            Map<String, Double> statements) {}

    /** The CPU time of every live Java thread but the load threads, by thread id (a thread new since counts all). */
    private static Map<Long, Long> otherThreadsCpu() {
        Map<Long, Long> byThread = new HashMap<>();
        for (ThreadInfo thread : THREADS.getThreadInfo(THREADS.getAllThreadIds())) {
            if (thread != null && !thread.getThreadName().startsWith(LOAD_THREADS)) {
                long cpu = THREADS.getThreadCpuTime(thread.getThreadId());
                if (cpu >= 0) {
                    byThread.put(thread.getThreadId(), cpu);
                }
            }
        }
        return byThread;
    }

    /**
     * The counters of every connection of the pool by connection id: all of them borrowed at once, so each is read
     * once. A connection the pool opened during the run counts from zero; one it closed is lost (the pool keeps its
     * connections for 30 minutes, far longer than a run).
     */
    private Map<Long, Map<String, Long>> sessionCounters() throws SQLException {
        int size = pool.unwrap(HikariDataSource.class).getMaximumPoolSize();
        List<Connection> borrowed = new ArrayList<>();
        Map<Long, Map<String, Long>> byConnection = new HashMap<>();
        try {
            for (int i = 0; i < size; i++) {
                borrowed.add(pool.getConnection());
            }
            for (Connection connection : borrowed) {
                Map<String, Long> counters = new HashMap<>();
                long id = 0;
                try (Statement query = connection.createStatement();
                        ResultSet rows = query.executeQuery("SELECT CONNECTION_ID(), VARIABLE_NAME, VARIABLE_VALUE"
                                + " FROM information_schema.SESSION_STATUS WHERE VARIABLE_NAME IN ("
                                + String.join(
                                        ", ",
                                        COUNTERS.stream()
                                                .map(name -> "'" + name.toUpperCase(java.util.Locale.ROOT) + "'")
                                                .toList())
                                + ")")) {
                    while (rows.next()) {
                        id = rows.getLong(1);
                        counters.put(canonical(rows.getString(2)), rows.getLong(3));
                    }
                }
                byConnection.put(id, counters);
            }
        } finally {
            for (Connection connection : borrowed) {
                connection.close();
            }
        }
        return byConnection;
    }

    private static String canonical(String name) {
        return COUNTERS.stream()
                .filter(counter -> counter.equalsIgnoreCase(name))
                .findFirst()
                .orElse(name);
    }

    /** Summed over the connections: after less before (a connection new since then counts from zero). */
    private static Map<String, Long> difference(
            Map<Long, Map<String, Long>> before, Map<Long, Map<String, Long>> after) {
        Map<String, Long> sums = new HashMap<>();
        after.forEach((id, counters) -> counters.forEach((name, value) ->
                sums.merge(name, value - before.getOrDefault(id, Map.of()).getOrDefault(name, 0L), Long::sum)));
        return sums;
    }
}
