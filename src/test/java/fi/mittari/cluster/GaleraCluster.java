package fi.mittari.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The three-node Galera cluster that {@code .ci/cluster-up} starts (SQL ports 3311-3313) and HAProxy in front of it
 * and of the Mittari nodes, as the cluster test uses them: reached node by node, a node killed and brought back.
 */
final class GaleraCluster implements AutoCloseable {

    static final int[] NODE_PORTS = {3311, 3312, 3313};
    static final String DATABASE = "mittari";
    static final String USER = "mittari";
    static final String PASSWORD = "mittari";
    private static final Path DIR = Path.of(System.getenv().getOrDefault("MITTARI_CLUSTER_DIR", "/tmp/mittari-galera"));

    private final int sqlPort;
    private final int httpPort;
    private Process haproxy;

    GaleraCluster(int sqlPort, int httpPort) {
        this.sqlPort = sqlPort;
        this.httpPort = httpPort;
    }

    /** Why the cluster cannot be used, if it cannot: a node that does not answer, or one outside the cluster. */
    static Optional<String> unreachable() {
        for (int port : NODE_PORTS) {
            try (Connection connection = DriverManager.getConnection(url(port), USER, PASSWORD);
                    Statement statement = connection.createStatement();
                    ResultSet size = statement.executeQuery("SHOW STATUS LIKE 'wsrep_cluster_size'")) {
                if (!size.next() || size.getInt(2) != NODE_PORTS.length) {
                    return Optional.of("the node at " + port + " is not in a cluster of " + NODE_PORTS.length);
                }
            } catch (SQLException e) {
                return Optional.of("the node at " + port + ": " + e.getMessage());
            }
        }
        return Optional.empty();
    }

    static String url(int port) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + DATABASE;
    }

    /** Mittari's database through HAProxy. */
    String url() {
        return url(sqlPort);
    }

    /** Drops and creates the database, so Flyway migrates it from nothing on the cluster. */
    void emptyDatabase() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url(NODE_PORTS[0]), USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    /** Starts HAProxy with the configuration of {@link HaproxyConfig}, written to {@code directory}. */
    void startHaproxy(Path directory, List<Integer> appPorts) throws IOException, InterruptedException {
        Path config = directory.resolve("haproxy.cfg");
        Files.writeString(config, HaproxyConfig.of(httpPort, appPorts, sqlPort, NODE_PORTS));
        haproxy = new ProcessBuilder("haproxy", "-f", config.toString(), "-db")
                .redirectErrorStream(true)
                .redirectOutput(directory.resolve("haproxy.log").toFile())
                .start();
        try {
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> listening(sqlPort) || !haproxy.isAlive());
        } catch (ConditionTimeoutException stillStarting) {
            // reported below, with its log
        }
        if (!listening(sqlPort)) {
            throw new IllegalStateException(
                    "HAProxy did not start:\n" + Files.readString(directory.resolve("haproxy.log")));
        }
    }

    /** {@code kill -9} of a Galera node's server. */
    void kill(int node) throws IOException, InterruptedException {
        long pid = Long.parseLong(
                Files.readString(DIR.resolve("node" + node + "/mysqld.pid")).strip());
        ProcessHandle server = ProcessHandle.of(pid).orElseThrow();
        server.destroyForcibly();
        try {
            server.onExit().get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // kill -9 is not refused; should the server outlive 30 s, the test goes on and its checks tell
        }
    }

    /** Brings every stopped node back into the cluster with the same script that started it. */
    void restore(Path log) throws IOException, InterruptedException {
        Process script = new ProcessBuilder("bash", ".ci/cluster-up")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!script.waitFor(240, TimeUnit.SECONDS) || script.exitValue() != 0) {
            script.destroyForcibly();
            throw new IllegalStateException("cluster-up did not bring the node back:\n" + Files.readString(log));
        }
    }

    /** The first column of each row of {@code sql} on one node, read directly (not through HAProxy). */
    static List<String> query(int port, String sql, String... parameters) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url(port), USER, PASSWORD);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    values.add(rows.getString(1));
                }
            }
        }
        return values;
    }

    private static boolean listening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        if (haproxy != null) {
            haproxy.destroy();
        }
    }
}
