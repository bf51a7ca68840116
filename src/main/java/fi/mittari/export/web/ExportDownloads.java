package fi.mittari.export.web;

import fi.mittari.export.ExportFormat;
import fi.mittari.export.ExportingAnswers;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.ExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An export as a download, streamed: a blocking thread writes the file into a pipe of {@link #PIPE_BYTES} while the
 * server sends what the pipe holds, so neither side ever holds more than that. (Micronaut's {@code Writable} body is
 * collected in memory before it is sent, so it cannot carry a file of any size.) When writing fails half way, the
 * download ends with an error rather than as a shorter file that looks whole; when the client goes away, the writer
 * stops at its next write.
 */
@Singleton
class ExportDownloads {

    private static final Logger LOG = LoggerFactory.getLogger(ExportDownloads.class);

    static final int PIPE_BYTES = 64 * 1024;

    private final ExecutorService executor;

    ExportDownloads(@Named(TaskExecutors.BLOCKING) ExecutorService executor) {
        this.executor = executor;
    }

    HttpResponse<StreamedFile> download(ExportingAnswers.Outcome.Ready ready) throws IOException {
        FailingPipe in = new FailingPipe();
        PipedOutputStream out = new PipedOutputStream(in);
        executor.execute(() -> {
            try {
                ready.export().writeTo(out);
            } catch (IOException | RuntimeException e) {
                in.failed = e; // before the pipe closes, so the reader never takes the end for the whole file
                // the reason without the rows: an answer never reaches the log
                LOG.warn("An answer export stopped: {}", e.getClass().getSimpleName());
            } finally {
                close(out);
            }
        });
        return HttpResponse.ok(new StreamedFile(in, mediaType(ready.format())).attach(ready.fileName()));
    }

    private static void close(PipedOutputStream out) {
        try {
            out.close();
        } catch (IOException alreadyGone) {
            // the reader has gone: nothing is waiting for the end
        }
    }

    static MediaType mediaType(ExportFormat format) {
        return switch (format) {
            case CSV -> MediaType.of("text/csv; charset=utf-8");
            case XLSX -> MediaType.of("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            default -> MediaType.of("application/zip");
        };
    }

    /** A pipe whose reader sees the writer's failure as an error, not as the end of the file. */
    private static final class FailingPipe extends PipedInputStream {
        private volatile Exception failed;

        FailingPipe() {
            super(PIPE_BYTES);
        }

        @Override
        public synchronized int read() throws IOException {
            int read = super.read();
            return read < 0 ? checked(read) : read;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            return read < 0 ? checked(read) : read;
        }

        private int checked(int read) throws IOException {
            if (failed != null) {
                throw new IOException("the export could not be written", failed);
            }
            return read;
        }
    }
}
