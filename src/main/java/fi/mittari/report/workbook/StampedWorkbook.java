package fi.mittari.report.workbook;

import java.io.OutputStream;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An SXSSF workbook whose zip entries all carry one fixed modification time. POI stamps the entries with the moment
 * of writing, which would make two writes of the same content differ; stamping them as they are written (rather than
 * copying the finished zip once more) keeps the write to a single pass over the data.
 */
final class StampedWorkbook extends SXSSFWorkbook {

    private final long entryTime;

    /**
     * {@code entryTime} is a local time, not an instant: the zip's DOS time is local, so it is turned into the
     * instant that the JVM's own zone shows as that time, and the stored fields never depend on that zone.
     */
    StampedWorkbook(XSSFWorkbook workbook, int rowsInMemory, LocalDateTime entryTime) {
        super(workbook, rowsInMemory);
        this.entryTime = entryTime.atZone(ZoneId.systemDefault()).toInstant().toEpochMilli();
        // Each tab stays far below 4 GB (Data continues on a new tab past 1,048,576 rows): no 8-byte sizes needed.
        setZip64Mode(Zip64Mode.AsNeeded);
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        var zip = new ZipArchiveOutputStream(out) {
            @Override
            public void putArchiveEntry(ZipArchiveEntry entry) throws java.io.IOException {
                entry.setTime(entryTime);
                super.putArchiveEntry(entry);
            }
        };
        zip.setUseZip64(zip64Mode);
        return zip;
    }
}
