package fi.mittari.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The axe-core script that {@code .ci/axe-up} fetched, pinned and verified, into the git-ignored {@code .tools/axe}.
 * Outside CI a machine without it skips accessibility tests with a message; with CI=true that is a failure.
 */
public final class Axe {

    private static final Path SCRIPT = Path.of(".tools/axe/axe.min.js");
    private static final Path VERSION = Path.of(".tools/axe/VERSION");
    private static String source;

    private Axe() {}

    /** Skips the calling test (or fails it with CI=true) when axe-core has not been fetched. */
    public static void require() {
        if (!Files.isReadable(SCRIPT)) {
            String message = "axe-core is not fetched: run `bash .ci/axe-up` (needs npm) to put the pinned version in "
                    + SCRIPT.getParent();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("CI=true: " + message);
            }
            Assumptions.abort("Accessibility test skipped: " + message);
        }
    }

    /** The version .ci/axe-up fetched, to name it in failure messages. */
    public static String version() {
        try {
            return Files.readString(VERSION, StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static synchronized String source() {
        require();
        if (source == null) {
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
