package fi.mittari.report.workbook;

import fi.mittari.report.content.WorkbookContent;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes the funder workbook (.xlsx) from its content. Small sheets are built in memory; the Data sheet streams
 * (SXSSF), so memory stays bounded whatever the number of answers. Same content, same bytes: document dates and zip
 * entry times come from the content, never from the clock.
 */
public final class FunderWorkbook {

    /** Writes the .xlsx to {@code out} and leaves {@code out} open. */
    public void write(WorkbookContent content, OutputStream out) throws IOException {
        // CONTRACT PLACEHOLDER (issue 6): the workbook helper replaces this body.
        throw new UnsupportedOperationException("not written yet");
    }
}
