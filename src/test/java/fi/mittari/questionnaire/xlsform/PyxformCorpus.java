package fi.mittari.questionnaire.xlsform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * pyxform's example workbooks ({@code src/test/resources/xlsform/pyxform}, see the README there) with the outcome
 * recorded for each in {@code expected-outcomes.tsv}: what pyxform does with it and what Mittari does.
 */
final class PyxformCorpus {

    static final String FOLDER = "/xlsform/pyxform/";
    static final String TABLE = "expected-outcomes.tsv";

    /** One line of the table; {@code cell} and {@code reason} are empty for a form that publishes. */
    record Form(String file, String pyxform, String outcome, String cell, String reason) {

        boolean pyxformAccepts() {
            return pyxform.equals("accepted");
        }

        String line() {
            return String.join("\t", file, pyxform, outcome, cell, reason);
        }

        byte[] workbook() {
            try (InputStream in = Objects.requireNonNull(
                    PyxformCorpus.class.getResourceAsStream(FOLDER + file), () -> "no corpus file " + file)) {
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        Form withOutcome(String actual, String actualCell, String actualReason) {
            return new Form(file, pyxform, actual, actualCell, actualReason);
        }
    }

    private PyxformCorpus() {}

    /** The recorded table without its header line. */
    static List<Form> expected() {
        return lines().stream()
                .skip(1)
                .map(line -> Arrays.copyOf(line.split("\t", -1), 5))
                .map(cells -> new Form(cells[0], cells[1], cells[2], blank(cells[3]), blank(cells[4])))
                .toList();
    }

    static String header() {
        return lines().get(0);
    }

    private static List<String> lines() {
        try (InputStream in = Objects.requireNonNull(PyxformCorpus.class.getResourceAsStream(FOLDER + TABLE))) {
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
