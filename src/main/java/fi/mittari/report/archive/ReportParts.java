package fi.mittari.report.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A report's file as rows of at most {@code partSize} bytes (docs/adr/0014): written from a file one part at a time,
 * read back one part at a time, so neither side ever holds the whole workbook.
 */
final class ReportParts {

    private final StoredParts stored;
    private final int partSize;

    ReportParts(StoredParts stored, int partSize) {
        this.stored = stored;
        this.partSize = partSize;
    }

    /** Stores the file as parts; returns how many. An empty file is one empty part. */
    int store(long reportId, Path file) throws IOException {
        int part = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes;
            do {
                bytes = in.readNBytes(partSize);
                if (bytes.length > 0 || part == 0) {
                    stored.insert(reportId, part, bytes);
                    part++;
                }
            } while (bytes.length == partSize);
        }
        return part;
    }

    void copy(long reportId, OutputStream out) throws IOException {
        int parts = count(reportId);
        for (int part = 0; part < parts; part++) {
            out.write(part(reportId, part));
        }
    }

    /** The file as a stream that reads the next part only when the previous one is used up. */
    InputStream open(long reportId) {
        return new PartsStream(reportId, count(reportId));
    }

    private int count(long reportId) {
        return stored.count(reportId);
    }

    private byte[] part(long reportId, int part) {
        return stored.part(reportId, part)
                .orElseThrow(() -> new UncheckedIOException(
                        new IOException("Part " + part + " of report " + reportId + " is missing")));
    }

    private final class PartsStream extends InputStream {
        private final long reportId;
        private final int parts;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        PartsStream(long reportId, int parts) {
            this.reportId = reportId;
            this.parts = parts;
        }

        private boolean fill() {
            while (position >= current.length) {
                if (next >= parts) {
                    return false;
                }
                current = part(reportId, next++);
                position = 0;
            }
            return true;
        }

        @Override
        public int read() {
            return fill() ? current[position++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    }
}
