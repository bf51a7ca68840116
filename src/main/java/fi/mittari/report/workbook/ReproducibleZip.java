package fi.mittari.report.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip file (an .xlsx) with one fixed modification time on every entry. POI stamps the entries with the
 * moment of writing, which would make two writes of the same content differ. Streams entry by entry, so a workbook of
 * any size passes through in bounded memory.
 */
final class ReproducibleZip {

    private ReproducibleZip() {}

    /** Copies the zip in {@code zip} to {@code out}, entries, order and content unchanged; leaves out open. */
    static void copy(InputStream zip, LocalDateTime entryTime, OutputStream out) throws IOException {
        var in = new ZipInputStream(zip);
        var target = new ZipOutputStream(new NonClosing(out));
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            var copy = new ZipEntry(entry.getName());
            // local time, not an instant: the stored DOS time would otherwise depend on the JVM's time zone
            copy.setTimeLocal(entryTime);
            target.putNextEntry(copy);
            in.transferTo(target);
            target.closeEntry();
        }
        target.finish();
        target.flush();
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
