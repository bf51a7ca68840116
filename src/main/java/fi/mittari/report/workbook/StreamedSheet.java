package fi.mittari.report.workbook;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.WorkbookContent;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A sheet that grows with the data (Codebook, Data): written row by row to SXSSF, which keeps only a window of rows in
 * memory. Styles are those of the in-memory part (SXSSF shares the workbook's style table). A sheet that would pass
 * Excel's row limit continues on further tabs: the first is called {@link #name}, the next ones "name 2", "name 3"…
 * ({@link #continuationName}); how many there are is known only once the rows have been written.
 */
interface StreamedSheet {

    /** The first tab's name in {@code language}: at most 28 characters, so that " 99" still fits Excel's 31. */
    String name(ReportLanguage language);

    boolean present(WorkbookContent content);

    /** Writes the sheet, taking its first tab and any continuation from {@code tabs}. */
    void write(Tabs tabs, WorkbookContent content, Styles styles);

    /** The name of tab {@code number} (from 1) of the sheet called {@code name}: "Data", "Data 2", "Data 3"… */
    static String continuationName(String name, int number) {
        return number == 1 ? name : name + " " + number;
    }

    /** Creates one streamed sheet's tabs on demand, named by {@link #continuationName}. */
    final class Tabs {
        private final SXSSFWorkbook workbook;
        private final String name;
        private int created;

        Tabs(SXSSFWorkbook workbook, String name) {
            this.workbook = workbook;
            this.name = name;
        }

        SXSSFSheet next() {
            return workbook.createSheet(continuationName(name, ++created));
        }

        int created() {
            return created;
        }
    }
}
