package fi.mittari.report.archive;

import fi.mittari.report.content.WorkbookContent;
import java.io.IOException;

/** Writes a workbook to a temporary file that the caller archives and then deletes. */
public interface WorkbookFiles {

    WrittenFile write(WorkbookContent content) throws IOException;
}
