package fi.mittari.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.ReportLanguage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice (Debian's headless Calc, installed by {@code .ci/libreoffice-up}) opens the KeKo workbook and prints it to
 * PDF: the figures and sheet titles are in the text, the pages are A4, and no sheet is cut across pages sideways.
 * Skipped without {@code soffice}, except with CI=true, where a missing LibreOffice fails the build. A plain test, not an
 * integration test: it touches no database, so it runs once rather than again in the MariaDB half.
 */
class WorkbookPdfTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    @TempDir
    Path dir;

    @Test
    void libreOfficePrintsTheWorkbookToLegibleA4Pages() throws Exception {
        requireTools();
        Path workbook = dir.resolve("keko-2019.xlsx");
        Files.write(workbook, Written.bytes(TableSheetsContent.keko(ReportLanguage.FI)));

        // a profile of its own, so parallel runs (and a desktop LibreOffice) never share a lock
        String profile = dir.resolve("profile").toUri().toString();
        run(
                120,
                "soffice",
                "-env:UserInstallation=" + profile,
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                workbook.toString());
        Path pdf = dir.resolve("keko-2019.pdf");
        assertThat(pdf).exists();

        String text = run(30, "pdftotext", "-layout", pdf.toString(), "-");
        // 1,290 participants, 722 / 1290 = 56.0 %, its interval 53.2 %–58.7 %, 57 events, at most 86 per event
        assertThat(text).containsPattern("1[ ,.\u00a0\u202f]?290");
        assertThat(text)
                .containsPattern("56[.,]0\\s?%")
                .containsPattern("53[.,]2\\s?%")
                .containsPattern("58[.,]7\\s?%");
        assertThat(text).contains("Yhteenveto", "Toiminta", "Tavoittavuus", "Menetelmä", "Kehittämisrengas");
        assertThat(text).contains("=HYPERLINK(\"http://x\",\"y\")");

        String info = run(30, "pdfinfo", "-f", "1", "-l", "999", pdf.toString());
        int pages = pages(info);
        // every sheet of this small workbook (8 tables and the Change sheet saying it has nothing to show) fits one
        // page: fit to width never cuts a table across pages sideways
        assertThat(pages).isEqualTo(9);
        Matcher sizes = Pattern.compile("Page\\s+\\d+ size:.*").matcher(info);
        int a4 = 0;
        while (sizes.find()) {
            assertThat(sizes.group()).endsWith("(A4)");
            a4++;
        }
        assertThat(a4).isEqualTo(pages);
    }

    private static int pages(String info) {
        Matcher pages = Pattern.compile("Pages:\\s+(\\d+)").matcher(info);
        assertThat(pages.find()).isTrue();
        return Integer.parseInt(pages.group(1));
    }

    private static void requireTools() {
        for (String tool : List.of("soffice", "pdftotext", "pdfinfo")) {
            if (!Files.isExecutable(Path.of("/usr/bin", tool))) {
                String message = tool + " is not installed (bash .ci/libreoffice-up)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("CI=true: " + message);
                }
                Assumptions.abort("PDF test skipped: " + message);
            }
        }
    }

    private String run(int seconds, String... command) throws IOException, InterruptedException {
        Path output = Files.createTempFile(dir, "out-", ".txt");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish in " + seconds + " s");
        }
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue())
                .as(String.join(" ", command) + ": " + text)
                .isZero();
        return text;
    }
}
