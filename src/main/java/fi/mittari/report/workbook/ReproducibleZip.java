package fi.mittari.report.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip file (an .xlsx) with one fixed modification time on every entry. POI stamps the entries with the
 * moment of writing, which would make two writes of the same content differ. Streams entry by entry, so a workbook of
 * any size passes through in bounded memory.
 */
final class ReproducibleZip {

    private ReproducibleZip() {}

    /**
     * Copies the zip file {@code zip} to {@code out}, entries, order and content unchanged; leaves out open. Reads
     * through the central directory ({@link ZipFile}): a {@link java.util.zip.ZipInputStream} rejects the entries
     * POI's SXSSF writes (local headers with size 0 and no data descriptor flag: "invalid entry size").
     */
    static void copy(Path zip, LocalDateTime entryTime, OutputStream out) throws IOException {
        try (var in = new ZipFile(zip.toFile())) {
            var target = new ZipOutputStream(new NonClosing(out));
            for (ZipEntry entry : Collections.list(in.entries())) {
                var copy = new ZipEntry(entry.getName());
                // local time, not an instant: the stored DOS time would otherwise depend on the JVM's time zone
                copy.setTimeLocal(entryTime);
                target.putNextEntry(copy);
                try (InputStream content = in.getInputStream(entry)) {
                    content.transferTo(target);
                }
                target.closeEntry();
            }
            target.finish();
            target.flush();
        }
    }

    /** Lets the zip stream finish without closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
