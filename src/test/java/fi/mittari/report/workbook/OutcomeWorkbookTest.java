package fi.mittari.report.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.report.ReportLanguage;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellType;
import org.junit.jupiter.api.Test;

/** The outcome and data sheets within the whole workbook: order, presence, no formulas, same bytes twice. */
class OutcomeWorkbookTest {

    @Test
    void placesTheOutcomeSheetsInOrderAndTheCodebookAndDataLast() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            List<String> names = new ArrayList<>();
            workbook.forEach(sheet -> names.add(sheet.getSheetName()));
            assertThat(names)
                    .containsSubsequence("Kyselyjen tulokset", "Muutos", "Työllistyminen", "Koodikirja", "Aineisto");
            assertThat(names.subList(names.size() - 2, names.size())).containsExactly("Koodikirja", "Aineisto");
        }
    }

    @Test
    void leavesOutCodebookAndDataUnlessAskedFor() throws IOException {
        var without = OutcomeSheetsContent.with(
                ReportLanguage.EN, Optional.empty(), List.of(), Optional.empty(), Optional.empty());
        try (var workbook = Written.open(without)) {
            assertThat(workbook.getSheet("Codebook")).isNull();
            assertThat(workbook.getSheet("Data")).isNull();
            assertThat(workbook.getSheet("Change")).isNotNull();
        }
    }

    @Test
    void writesNoFormulaCellAnywhere() throws IOException {
        try (var workbook = Written.open(OutcomeSheetsContent.keko())) {
            workbook.forEach(sheet -> sheet.forEach(
                    row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
        }
    }

    @Test
    void writesTheSameBytesTwice() throws IOException, NoSuchAlgorithmException {
        String first = sha256(Written.bytes(OutcomeSheetsContent.keko()));
        String second = sha256(Written.bytes(OutcomeSheetsContent.keko()));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void stampsEveryZipEntryWithTheTimeOfGenerationNotOfWriting() throws IOException {
        var content = OutcomeSheetsContent.keko();
        var generated = java.time.LocalDateTime.ofInstant(
                        content.cover().generatedAt(), content.cover().zone())
                .withNano(0);
        List<String> entries = new ArrayList<>();
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(Written.bytes(content)))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                // a zip's DOS time holds even seconds only
                assertThat(entry.getTimeLocal())
                        .as(entry.getName())
                        .isEqualTo(generated.withSecond(generated.getSecond() / 2 * 2));
            }
        }
        assertThat(entries).contains("xl/worksheets/sheet1.xml", "[Content_Types].xml");
    }

    private static String sha256(byte[] bytes) throws NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
