package fi.mittari.report.workbook;

import fi.mittari.report.content.WorkbookContent;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the funder workbook (.xlsx) from its content. The small sheets (cover, tables, charts) are built in memory
 * with XSSF; the workbook is then wrapped in SXSSF so the sheets that grow with the data (Codebook, Data) stream to a
 * temporary file, 100 rows in memory at a time, whatever the number of answers. Same content, same bytes: document
 * dates and zip entry times come from the content's generation time, never from the clock.
 */
public final class FunderWorkbook {

    static final String CREATOR = "Mittari";

    /** The in-memory sheets, in the workbook's order. */
    private static final List<ContentSheet> SHEETS = List.of(
            new CoverSheet(),
            new SummarySheet(),
            new BreakdownSheet(),
            new GoalsSheet(),
            new ActivitiesSheet(),
            new ReachSheet(),
            new SurveyOutcomesSheet(),
            new ChangeSheet(),
            new EmploymentSheet(),
            new QualitySheet(),
            new MethodSheet());

    /** The streamed sheets, after the in-memory ones. */
    private static final List<StreamedSheet> STREAMED = List.of(new CodebookSheet(), new DataSheet());

    /**
     * The tab names of the sheets this content gives, in the workbook's order, in-memory and streamed alike: the
     * cover's table of contents links to each of them.
     */
    static List<String> sheetNames(WorkbookContent content) {
        List<String> names = new ArrayList<>();
        for (ContentSheet sheet : SHEETS) {
            if (sheet.present(content)) {
                names.add(sheet.name(content.language()));
            }
        }
        for (StreamedSheet sheet : STREAMED) {
            if (sheet.present(content)) {
                names.add(sheet.name(content.language()));
            }
        }
        return List.copyOf(names);
    }

    /** Writes the .xlsx to {@code out} and leaves {@code out} open. */
    public void write(WorkbookContent content, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (ContentSheet sheet : SHEETS) {
                if (sheet.present(content)) {
                    var created = workbook.createSheet(sheet.name(content.language()));
                    sheet.write(created, content, styles);
                    // after the sheet's own layout: no label of any sheet is cut in print
                    SheetLayout.fitText(created);
                }
            }
            describe(workbook.getProperties().getCoreProperties(), content);
            LocalDateTime entryTime = LocalDateTime.ofInstant(
                    content.cover().generatedAt(), content.cover().zone());
            try (SXSSFWorkbook streaming = new StampedWorkbook(workbook, 100, entryTime)) {
                streaming.setCompressTempFiles(true);
                for (StreamedSheet sheet : STREAMED) {
                    if (sheet.present(content)) {
                        var tabs = new StreamedSheet.Tabs(streaming, sheet.name(content.language()));
                        sheet.write(tabs, content, styles);
                    }
                }
                // Streamed straight to the caller: POI's own zip, each entry stamped as it is written.
                streaming.write(new NonClosing(out));
            }
        }
    }

    /** Lets the workbook finish its zip without closing the caller's stream. */
    private static final class NonClosing extends FilterOutputStream {
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

    private static void describe(POIXMLProperties.CoreProperties core, WorkbookContent content) {
        Date generated = Date.from(content.cover().generatedAt());
        core.setCreated(Optional.of(generated));
        core.setModified(Optional.of(generated));
        core.setCreator(CREATOR);
        core.setTitle(content.cover().title());
    }
}
