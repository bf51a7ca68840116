package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.WorkbookContent;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * A sheet that grows with the data (Codebook, Data): written row by row to SXSSF, which keeps only a window of rows in
 * memory. Styles are those of the in-memory part (SXSSF shares the workbook's style table).
 */
interface StreamedSheet {

    String name(ReportLanguage language);

    boolean present(WorkbookContent content);

    void write(SXSSFSheet sheet, WorkbookContent content, Styles styles);
}
