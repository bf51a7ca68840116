package fi.mittari.report.preparing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version Maven built (resource {@code mittari-version.properties}, filtered at build time). */
final class MittariVersion {

    private MittariVersion() {}

    static String current() {
        try (InputStream in = MittariVersion.class.getResourceAsStream("/mittari-version.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("mittari.version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
