package fi.mittari.report;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip file (an .xlsx) with one fixed modification time on every entry. POI stamps the entries with the
 * moment of writing, which would make two writes of the same content differ.
 */
final class ReproducibleZip {

    private ReproducibleZip() {}

    /** Writes {@code zip} to {@code out} with the entries, their order and content unchanged; leaves out open. */
    static void copy(byte[] zip, LocalDateTime entryTime, OutputStream out) throws IOException {
        var rezipped = new ByteArrayOutputStream(zip.length + 1024);
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip));
                var target = new ZipOutputStream(rezipped)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                var copy = new ZipEntry(entry.getName());
                // local time, not an instant: the stored DOS time would otherwise depend on the JVM's time zone
                copy.setTimeLocal(entryTime);
                target.putNextEntry(copy);
                in.transferTo(target);
                target.closeEntry();
            }
        }
        rezipped.writeTo(out);
    }
}
