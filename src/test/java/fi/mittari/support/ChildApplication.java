package fi.mittari.support;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Mittari started as its own process, as {@code java -jar} starts it (production configuration, not the tests'), on
 * the test's classpath, a free port and the environment given; its log goes to a file in its working directory.
 */
public final class ChildApplication implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private ChildApplication(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Mittari in {@code workingDirectory} and waits until /health answers. {@code environment} entries with a
     * null value are removed from the inherited environment.
     */
    public static ChildApplication start(Path workingDirectory, Map<String, String> environment, String name)
            throws IOException, InterruptedException {
        return start(workingDirectory, environment, name, freePort());
    }

    /** As above on a given port: a node behind a load balancer comes back where the balancer looks for it. */
    public static ChildApplication start(Path workingDirectory, Map<String, String> environment, String name, int port)
            throws IOException, InterruptedException {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Path argFile = workingDirectory.resolve(name + ".args");
        Files.writeString(argFile, "-cp \"" + classpath.replace("\\", "\\\\") + "\"\n");
        Path log = workingDirectory.resolve(name + ".log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        java.toString(),
                        "-Xmx256m",
                        "-XX:TieredStopAtLevel=1",
                        "@" + argFile,
                        "fi.mittari.Application"))
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        Map<String, String> env = builder.environment();
        env.put("MITTARI_PORT", Integer.toString(port));
        environment.forEach((key, value) -> {
            if (value == null) {
                env.remove(key);
            } else {
                env.put(key, value);
            }
        });
        ChildApplication child = new ChildApplication(builder.start(), port, log);
        child.awaitHealthy(Duration.ofSeconds(120));
        return child;
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** {@code kill -9}: no shutdown hook, no pool closing, nothing flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A graceful stop (SIGTERM), as a service manager stops it. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    kill();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        try {
            await().atMost(timeout).pollInterval(Duration.ofMillis(250)).until(() -> healthy(http));
        } catch (ConditionTimeoutException e) {
            kill();
            throw new IllegalStateException("Mittari did not start within " + timeout + ":\n" + tail());
        }
    }

    /** Whether /health answers 200; a process that exited stops the wait with its log. */
    private boolean healthy(HttpClient http) throws IOException, InterruptedException {
        if (!process.isAlive()) {
            throw new IllegalStateException("Mittari exited while starting:\n" + tail());
        }
        try {
            var response = http.send(
                    HttpRequest.newBuilder(uri("/health"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException notYet) {
            return false; // not listening yet
        }
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
