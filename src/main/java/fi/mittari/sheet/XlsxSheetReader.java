package fi.mittari.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.regex.Pattern;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first worksheet as a stream of XML events, one row at a time, and stops at the row limit: a workbook of a
 * million rows is refused after reading {@code maxRows + 1} of them, never held whole in memory (POI's user model
 * needed about 100 MB per 10 MB file). Cells are read as values, never through a formula evaluator (see
 * {@link SheetCellHandler}). The upload is written to a temporary file so that the zip is read entry by entry.
 */
final class XlsxSheetReader {

    static final String FORMULA = "formulas are not read; paste values";
    static final String ERROR_VALUE = "the cell shows an error value; correct it or leave it empty";

    private static final SheetReading NOT_A_WORKBOOK = new SheetReading.Unreadable("The file is not an .xlsx workbook");
    private static final Pattern DATE_1904 = Pattern.compile("date1904=\"(1|true)\"");

    private XlsxSheetReader() {}

    static SheetReading read(byte[] bytes, int maxRows) {
        Path file = null;
        try {
            file = Files.createTempFile("mittari-sheet-", ".xlsx");
            Files.write(file, bytes);
            return read(file, maxRows);
        } catch (IOException e) {
            throw new UncheckedIOException("could not buffer the uploaded workbook", e);
        } finally {
            deleteQuietly(file);
        }
    }

    private static SheetReading read(Path file, int maxRows) {
        OPCPackage workbook;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException notAZip) {
            return NOT_A_WORKBOOK;
        }
        try {
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                return new SheetReading.Unreadable("The workbook has no worksheet");
            }
            RowCollector rows = new RowCollector(maxRows);
            var handler = new SheetCellHandler(
                    new ReadOnlySharedStringsTable(workbook), reader.getStylesTable(), date1904(reader), rows);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            } catch (SheetCellHandler.LimitReached stopped) {
                // the rows beyond the limit are never read: RowCollector names the row it stopped at
            }
            return rows.result();
        } catch (IOException | SAXException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            // POI signals a file that is not .xlsx with several exceptions (NotOfficeXmlFileException, ...).
            return NOT_A_WORKBOOK;
        } finally {
            // a package opened for reading is reverted, not closed (closing means saving)
            workbook.revert();
        }
    }

    /** Whether day numbers count from 1904 (old Mac Excel) rather than 1900; workbook.xml is small. */
    private static boolean date1904(XSSFReader reader) throws IOException, InvalidFormatException {
        try (InputStream in = reader.getWorkbookData()) {
            return DATE_1904
                    .matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .find();
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            file.toFile().deleteOnExit();
        }
    }
}
