package fi.mittari.report.archive;

import fi.mittari.Sha256;
import fi.mittari.report.content.WorkbookContent;
import fi.mittari.report.workbook.FunderWorkbook;
import jakarta.inject.Singleton;
import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;

/** The funder workbook written by {@link FunderWorkbook}, hashed and counted on its way to the file. */
@Singleton
class FunderWorkbookFiles implements WorkbookFiles {

    @Override
    public WrittenFile write(WorkbookContent content) throws IOException {
        Path file = Files.createTempFile("mittari-report-", ".xlsx");
        try {
            MessageDigest sha256 = Sha256.digest();
            Counting counted;
            try (OutputStream out = new DigestOutputStream(
                    counted = new Counting(new BufferedOutputStream(Files.newOutputStream(file))), sha256)) {
                new FunderWorkbook().write(content, out);
            }
            return new WrittenFile(file, counted.count, Sha256.hexOf(sha256));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Counts the bytes that pass. */
    private static final class Counting extends FilterOutputStream {
        private long count;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }
}
