package fi.mittari.sheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the workbook named by the first argument as an upload is read, and prints what came of it: run by
 * {@link LargeSheetTest} in a JVM of its own with a small heap.
 */
final class ReadingOneSheet {

    private ReadingOneSheet() {}

    public static void main(String[] args) throws IOException {
        SheetReading reading = ResponseSheet.xlsx(Files.readAllBytes(Path.of(args[0])), ResponseSheet.MAX_ROWS);
        if (reading instanceof SheetReading.Unreadable unreadable) {
            System.out.println("unreadable: " + unreadable.message());
        } else {
            System.out.println(
                    "read: " + ((SheetReading.Read) reading).sheet().rows().size() + " rows");
        }
    }
}
