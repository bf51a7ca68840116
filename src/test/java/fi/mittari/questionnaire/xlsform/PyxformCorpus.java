package fi.mittari.questionnaire.xlsform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A corpus of workbooks with the outcome recorded for each in its {@code expected-outcomes.tsv}: what pyxform does with
 * it and what Mittari does. Two corpora share the format: pyxform's example workbooks ({@link #FOLDER}) and real forms
 * of other public projects ({@link #PUBLIC_FOLDER}); the README in each folder names the sources.
 */
final class PyxformCorpus {

    static final String FOLDER = "/xlsform/pyxform/";
    static final String PUBLIC_FOLDER = "/xlsform/public/";
    static final String TABLE = "expected-outcomes.tsv";
    /** The outcomes when the questions Mittari cannot ask are left out ({@code unaskable=leave-out}). */
    static final String LEAVING_OUT_TABLE = "expected-outcomes-leaving-out.tsv";

    /** One line of the table; {@code cell} and {@code reason} are empty for a form that publishes. */
    record Form(String folder, String file, String pyxform, String outcome, String cell, String reason) {

        boolean pyxformAccepts() {
            return pyxform.equals("accepted");
        }

        String line() {
            return String.join("\t", file, pyxform, outcome, cell, reason);
        }

        byte[] workbook() {
            try (InputStream in = Objects.requireNonNull(
                    PyxformCorpus.class.getResourceAsStream(folder + file), () -> "no corpus file " + file)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Form withOutcome(String actual, String actualCell, String actualReason) {
            return new Form(folder, file, pyxform, actual, actualCell, actualReason);
        }
    }

    private PyxformCorpus() {}

    /** The recorded table of pyxform's examples without its header line. */
    static List<Form> expected() {
        return expected(FOLDER);
    }

    /** The recorded table of the corpus in {@code folder} without its header line. */
    static List<Form> expected(String folder) {
        return expected(folder, TABLE);
    }

    /** The table {@code table} of the corpus in {@code folder} without its header line. */
    static List<Form> expected(String folder, String table) {
        return lines(folder, table).stream()
                .skip(1)
                .map(line -> Arrays.copyOf(line.split("\t", -1), 5))
                .map(cells -> new Form(folder, cells[0], cells[1], cells[2], blank(cells[3]), blank(cells[4])))
                .toList();
    }

    static String header() {
        return lines(FOLDER, TABLE).get(0);
    }

    private static List<String> lines(String folder, String table) {
        try (InputStream in = Objects.requireNonNull(PyxformCorpus.class.getResourceAsStream(folder + table))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String blank(String cell) {
        return cell == null ? "" : cell;
    }
}
