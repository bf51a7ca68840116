package fi.mittari.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.WorkbookContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * LibreOffice (Debian's headless Calc, installed by {@code .ci/libreoffice-up}) opens the KeKo workbook and prints it to
 * PDF: the figures and sheet titles are in the text, the pages are A4, no sheet is cut across pages sideways, no chart
 * is cut by a page break and no label is cut short.
 * Skipped without {@code soffice}, except with CI=true, where a missing LibreOffice fails the build. An integration test
 * with LibreOffice, not with the database: the pom's MariaDB execution leaves it out, so it runs once.
 */
class WorkbookPdfIntegrationTest {

    private static final Path SOFFICE = Path.of("/usr/bin/soffice");

    /** A share chart's value axis as LibreOffice writes it: one line from 0% to 100%. */
    private static final Pattern SHARE_AXIS = Pattern.compile("(?m)^0\\s?%.*\\b100\\s?%\\s*$");

    @TempDir
    Path dir;

    @Test
    void libreOfficePrintsTheWorkbookToLegibleA4Pages() throws Exception {
        requireTools();
        Path pdf = printed(TableSheetsContent.keko(ReportLanguage.FI), "keko-2019");

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

    /**
     * Seven survey questions with their charts, the Change and Employment charts: no chart is cut by a page break
     * (LibreOffice writes a chart's axis numbers and title as text; a chart cut in two has its title on one page and
     * its 0 %–100 % axis on the next), and every text of every sheet is in the PDF whole (never cut by the next cell or
     * the page edge, never "###").
     */
    @ParameterizedTest
    @EnumSource(
            value = ReportLanguage.class,
            names = {"FI", "SV"})
    void printsEveryChartOnOnePageAndEveryLabelWhole(ReportLanguage language) throws Exception {
        requireTools();
        WorkbookContent content = PrintedContent.of(language);
        Path pdf = printed(content, "printed-" + language);
        // pdftotext ends each page with a form feed
        List<String> pages =
                List.of(run(30, "pdftotext", "-raw", pdf.toString(), "-").split("\f"));
        String all = whole(String.join("", pages));
        assertThat(all).doesNotContain("###");
        try (XSSFWorkbook workbook = Written.open(content)) {
            List<XSSFSheet> sheets = new ArrayList<>();
            workbook.forEach(sheet -> sheets.add((XSSFSheet) sheet));
            for (XSSFSheet sheet : sheets) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING) {
                            assertThat(all)
                                    .as("%s!%s printed whole", sheet.getSheetName(), cell.getAddress())
                                    .contains(whole(cell.getStringCellValue()));
                        }
                    }
                }
            }
            int first = 0;
            for (int index = 0; index < sheets.size(); index++) {
                first = firstPage(pages, sheets.get(index), first);
                int end = index + 1 < sheets.size() ? firstPage(pages, sheets.get(index + 1), first + 1) : pages.size();
                chartsWhole(sheets.get(index), pages.subList(first, end), first);
            }
        }
    }

    /** The page a sheet starts on: the first from {@code from} that begins with the sheet's title (its cell A1). */
    private static int firstPage(List<String> pages, XSSFSheet sheet, int from) {
        String title = whole(sheet.getRow(0).getCell(0).getStringCellValue());
        for (int page = from; page < pages.size(); page++) {
            if (whole(pages.get(page)).startsWith(title)) {
                return page;
            }
        }
        throw new AssertionError("no page from " + (from + 1) + " begins with " + sheet.getSheetName() + "'s title");
    }

    /**
     * On each page of a sheet, as many 0 %–100 % axes as there are share charts whose title is last seen on that page
     * (a survey question's label stands in its table beside the chart; the Change chart's title is the sheet's).
     */
    private static void chartsWhole(XSSFSheet sheet, List<String> pages, int firstPage) {
        List<String> titles = Written.charts(sheet).stream()
                .filter(chart -> chart.getCTChart()
                        .getPlotArea()
                        .getValAxArray(0)
                        .getNumFmt()
                        .getFormatCode()
                        .equals("0%"))
                .map(chart -> whole(chart.getTitleText().getString()))
                .toList();
        for (int page = 0; page < pages.size(); page++) {
            int onThisPage = page;
            long ending = titles.stream()
                    .filter(title -> lastPageWith(pages, title) == onThisPage)
                    .count();
            long axes = SHARE_AXIS.matcher(pages.get(page)).results().count();
            assertThat(axes)
                    .as(
                            "%s, page %d of the PDF: share charts whose title is on the page, and their axes",
                            sheet.getSheetName(), firstPage + page + 1)
                    .isEqualTo(ending);
        }
    }

    private static int lastPageWith(List<String> pages, String text) {
        int last = -1;
        for (int page = 0; page < pages.size(); page++) {
            if (whole(pages.get(page)).contains(text)) {
                last = page;
            }
        }
        return last;
    }

    /** Text without its white space: a label wrapped over lines (in a cell or a chart title) reads the same. */
    private static String whole(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Writes {@code content}'s workbook and has LibreOffice print it to {@code name}.pdf. */
    private Path printed(WorkbookContent content, String name) throws Exception {
        Path workbook = dir.resolve(name + ".xlsx");
        Files.write(workbook, Written.bytes(content));
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
        Path pdf = dir.resolve(name + ".pdf");
        assertThat(pdf).exists();
        return pdf;
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
