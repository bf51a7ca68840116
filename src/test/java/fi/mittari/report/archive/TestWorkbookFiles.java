package fi.mittari.report.archive;

import fi.mittari.report.content.WorkbookContent;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A stand-in workbook for the job, archive and delivery tests (test.preparing=double): the content's title, build
 * time and summary figures as text, repeated to {@link #SIZE} bytes. Same content, same bytes, like the real writer.
 */
@Singleton
@Replaces(WorkbookFiles.class)
@Requires(property = "test.preparing", value = "double")
public class TestWorkbookFiles implements WorkbookFiles {

    public static final int SIZE = 10_000;

    @Override
    public WrittenFile write(WorkbookContent content) throws IOException {
        byte[] text = (content.cover().title() + "\n" + content.cover().generatedAt() + "\n" + content.summary())
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[SIZE];
        for (int i = 0; i < SIZE; i++) {
            bytes[i] = text[i % text.length];
        }
        Path file = Files.createTempFile("test-workbook-", ".xlsx");
        Files.write(file, bytes);
        try {
            return new WrittenFile(file, SIZE, ReportFixture.sha256(bytes));
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
