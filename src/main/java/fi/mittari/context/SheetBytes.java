package fi.mittari.context;

import fi.mittari.sheet.ResponseSheet;
import fi.mittari.sheet.SheetRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A parsed sheet as gzipped bytes and back, exactly: header, row numbers, cells and unreadable cells. Lengths are
 * written as ints, since a spreadsheet cell may hold more than the 64 KB that {@code writeUTF} allows.
 */
final class SheetBytes {

    private SheetBytes() {}

    static byte[] write(ResponseSheet sheet) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            texts(out, sheet.columns());
            out.writeInt(sheet.rows().size());
            for (SheetRow row : sheet.rows()) {
                out.writeInt(row.number());
                texts(out, row.cells());
                out.writeInt(row.unreadable().size());
                for (var cell : row.unreadable().entrySet()) {
                    out.writeInt(cell.getKey());
                    text(out, cell.getValue());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static ResponseSheet read(byte[] stored) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(stored)))) {
            List<String> columns = texts(in);
            int count = in.readInt();
            List<SheetRow> rows = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int number = in.readInt();
                List<String> cells = texts(in);
                int unreadableCount = in.readInt();
                Map<Integer, String> unreadable = new HashMap<>();
                for (int j = 0; j < unreadableCount; j++) {
                    unreadable.put(in.readInt(), text(in));
                }
                rows.add(new SheetRow(number, cells, unreadable));
            }
            return new ResponseSheet(columns, rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void texts(DataOutputStream out, List<String> texts) throws IOException {
        out.writeInt(texts.size());
        for (String text : texts) {
            text(out, text);
        }
    }

    private static void text(DataOutputStream out, String text) throws IOException {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(in));
        }
        return texts;
    }

    private static String text(DataInputStream in) throws IOException {
        return new String(in.readNBytes(in.readInt()), StandardCharsets.UTF_8);
    }
}
