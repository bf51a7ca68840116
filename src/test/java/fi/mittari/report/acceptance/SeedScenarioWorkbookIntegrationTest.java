package fi.mittari.report.acceptance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.mittari.demo.SeedScenario;
import fi.mittari.response.Channel;
import fi.mittari.support.SheetTable;
import fi.mittari.support.StaffApi;
import fi.mittari.support.WorkbookTables;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Acceptance of the funder workbooks: the seeds scenario (src/main/resources/demo/, the published figures, docs/domain.md) built by the real
 * funderReport job from the shipped definitions of batch/reports/ — which recomputes the indicators itself because
 * none are stored yet — downloaded over the API, opened with POI, and read the way a funder reads it: by column
 * headers and row labels. Every figure below is a published one (docs/domain.md) (worked out in SeedScenarioIntegrationTest and
 * PreparingSeedReportsIntegrationTest): 57 events, 1,290 participants, 22.6 per event, at most 86, third sector
 * 722/1,290 = 0.560 (Wilson 0.5325–0.5866), found new partners 53/100 (0.4329–0.6249), 64 coached, 17 employed,
 * rate 0.27 (0.1730–0.3848), work ability +0.6 over 58 pairs (6 lost; 36/10/12; paired t 0.3123–0.9635).
 */
@MicronautTest(transactional = false)
class SeedScenarioWorkbookIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SeedScenario scenario;

    private StaffApi staff;

    @BeforeEach
    void load() {
        if (!scenario.loaded()) {
            scenario.load(Channel.IMPORT);
        }
        staff = StaffApi.loginAsAdmin(client.toBlocking());
    }

    @Test
    void kekoWorkbookHoldsTheArticlesFiguresInEverySheet() throws Exception {
        try (XSSFWorkbook workbook = build("keko-stea")) {
            SheetTable summary = SheetTable.withHeader(workbook.getSheet("Yhteenveto"), "Tunnus");
            Row participants = summary.row("Tunnus", "participants");
            assertThat(summary.number(participants, "Arvo")).isEqualTo(1290);
            assertThat(summary.format(participants, "Arvo")).isEqualTo("#,##0");
            assertThat(summary.number(summary.row("Tunnus", "events"), "Arvo")).isEqualTo(57);
            assertThat(summary.number(summary.row("Tunnus", "largest_event"), "Arvo"))
                    .isEqualTo(86);
            Row perEvent = summary.row("Tunnus", "participants_per_event");
            assertThat(summary.number(perEvent, "Arvo")).isCloseTo(22.6, within(0.05));
            assertThat(summary.format(perEvent, "Arvo")).isEqualTo("#,##0.0");
            Row thirdSector = summary.row("Tunnus", "third_sector_share");
            assertThat(summary.number(thirdSector, "Arvo")).isCloseTo(0.560, within(0.0005));
            assertThat(summary.format(thirdSector, "Arvo")).isEqualTo("0.0%");
            // every participant is counted (a census): no sampling interval
            assertThat(summary.blank(thirdSector, "95 % alaraja")).isTrue();
            assertThat(summary.blank(thirdSector, "95 % yläraja")).isTrue();
            assertThat(summary.number(thirdSector, "Osoittaja")).isEqualTo(722);
            assertThat(summary.number(thirdSector, "Nimittäjä")).isEqualTo(1290);
            Row partners = summary.row("Tunnus", "found_new_partners");
            assertThat(summary.number(partners, "Arvo")).isCloseTo(0.53, within(0.0005));
            assertThat(summary.number(partners, "95 % alaraja")).isCloseTo(0.4329, within(0.00051));
            assertThat(summary.number(partners, "95 % yläraja")).isCloseTo(0.6249, within(0.00051));

            SheetTable activities = SheetTable.withHeader(workbook.getSheet("Toiminta"), "Tilaisuuksia");
            Row total = activities.row("Ryhmä", "Yhteensä");
            assertThat(activities.number(total, "Tilaisuuksia")).isEqualTo(57);
            assertThat(activities.number(total, "Osallistujia")).isEqualTo(1290);
            assertThat(activities.number(total, "Keskiarvo / tilaisuus")).isCloseTo(1290.0 / 57, within(1e-6));
            assertThat(activities.number(total, "Mediaani / tilaisuus")).isEqualTo(22);
            assertThat(activities.number(total, "Enintään / tilaisuus")).isEqualTo(86);

            SheetTable reach = SheetTable.withHeader(workbook.getSheet("Tavoittavuus"), "Lukumäärä");
            Row thirdSectorReach = reach.row("Ryhmä", "Järjestö tai yhdistys (kolmas sektori)");
            assertThat(reach.number(thirdSectorReach, "Lukumäärä")).isEqualTo(722);
            assertThat(reach.number(thirdSectorReach, "Osuus")).isCloseTo(722.0 / 1290, within(1e-6));
            assertThat(reach.format(thirdSectorReach, "Osuus")).contains("%");

            Sheet outcomes = workbook.getSheet("Kyselyjen tulokset");
            var newPartners =
                    WorkbookTables.distribution(outcomes, "Löysitkö KeKon kautta uusia yhteistyökumppaneita?");
            assertThat(newPartners.get("Kyllä").count()).isEqualTo(53);
            assertThat(newPartners.get("Kyllä").share()).isCloseTo(0.53, within(1e-9));
            assertThat(newPartners.values().stream()
                            .mapToDouble(WorkbookTables.Figures::count)
                            .sum())
                    .isEqualTo(100);
            assertThat(((XSSFSheet) outcomes).getDrawingPatriarch().getCharts()).isNotEmpty();

            SheetTable quality = SheetTable.withHeader(workbook.getSheet("Vastaukset ja tiedon laatu"), "Valmiita");
            Row campaign = workbook.getSheet("Vastaukset ja tiedon laatu").getRow(firstDataRow(workbook, quality));
            assertThat(quality.number(campaign, "Valmiita")).isEqualTo(100);

            assertThat(workbook.getSheet("Menetelmä")).isNotNull();
            assertNoFormulas(workbook);
            assertTableOfContentsLinksEverySheet(workbook);
        }
    }

    @Test
    void tyokykyWorkbookHoldsTheCoachingOutcomesAndAnonymisedData() throws Exception {
        try (XSSFWorkbook workbook = build("tyokyky-stea")) {
            SheetTable summary = SheetTable.withHeader(workbook.getSheet("Yhteenveto"), "Tunnus");
            assertThat(summary.number(summary.row("Tunnus", "coached"), "Arvo")).isEqualTo(64);
            assertThat(summary.number(summary.row("Tunnus", "employed"), "Arvo"))
                    .isEqualTo(17);
            Row rate = summary.row("Tunnus", "employment_rate");
            assertThat(summary.number(rate, "Arvo")).isEqualTo(0.27);
            assertThat(summary.format(rate, "Arvo")).isEqualTo("#,##0.00");

            Sheet employmentSheet = workbook.getSheet("Työllistyminen");
            // a form of label / value pairs, then the employed by type as a table
            assertThat(WorkbookTables.numberBeside(employmentSheet, "Valmennettuja", 0))
                    .isEqualTo(64);
            assertThat(WorkbookTables.numberBeside(employmentSheet, "Työllistyneitä", 0))
                    .isEqualTo(17);
            assertThat(WorkbookTables.numberBeside(employmentSheet, "Työllistymisaste", 0))
                    .isEqualTo(0.27);
            // every coached participant is counted (a census): the rate has no interval to show
            SheetTable byType = SheetTable.withHeader(employmentSheet, "Työllistymisen tapa");
            double employedByType = 0;
            for (int r = byType.headerRow() + 1; r <= employmentSheet.getLastRowNum(); r++) {
                Row row = employmentSheet.getRow(r);
                if (row != null && !byType.blank(row, "Työllistyneitä")) {
                    employedByType += byType.number(row, "Työllistyneitä");
                }
            }
            // 12 on the open labour market + 5 wage-subsidised (coaching-followup.csv)
            assertThat(employedByType).isEqualTo(17);
            assertThat(((XSSFSheet) employmentSheet).getDrawingPatriarch().getCharts())
                    .isNotEmpty();

            Sheet changeSheet = workbook.getSheet("Muutos");
            SheetTable change = SheetTable.withHeader(changeSheet, "Pareja");
            Row workAbility = change.row("Indikaattori", "work_ability_change");
            assertThat(change.number(workAbility, "Pareja")).isEqualTo(58);
            assertThat(change.number(workAbility, "Kadonneet")).isEqualTo(6);
            assertThat(change.number(workAbility, "Muutos")).isCloseTo(0.6, within(1e-9));
            assertThat(change.number(workAbility, "Väli alaraja")).isCloseTo(0.3123, within(0.00051));
            assertThat(change.number(workAbility, "Väli yläraja")).isCloseTo(0.9635, within(0.00051));
            assertThat(change.number(workAbility, "Parani")).isEqualTo(36);
            assertThat(change.number(workAbility, "Ennallaan")).isEqualTo(10);
            assertThat(change.number(workAbility, "Heikkeni")).isEqualTo(12);
            assertThat(change.number(workAbility, "Parani, osuus")).isCloseTo(36.0 / 58, within(1e-9));
            assertThat(((XSSFSheet) changeSheet).getDrawingPatriarch().getCharts())
                    .isNotEmpty();

            // The Data sheet: long format, respondents numbered, never the personal participant code
            SheetTable data = SheetTable.withHeader(workbook.getSheet("Aineisto"), "Vastaaja");
            Sheet dataSheet = workbook.getSheet("Aineisto");
            assertThat(dataSheet.getLastRowNum()).isGreaterThan(122);
            for (int r = 1; r <= dataSheet.getLastRowNum(); r++) {
                Row row = dataSheet.getRow(r);
                assertThat(data.cell(row, "Kysymys").getStringCellValue()).isNotEqualTo("participant_code");
                assertThat(data.number(row, "Vastaaja")).isBetween(1.0, 122.0);
            }
            assertThat(workbook.getSheet("Koodikirja")).isNotNull();
            assertNoFormulas(workbook);
            assertTableOfContentsLinksEverySheet(workbook);
        }
    }

    /** Builds the definition's workbook with the job and downloads it, checked against its archived SHA-256. */
    private XSSFWorkbook build(String report) throws Exception {
        Map<String, Object> run = staff.runJob("funderReport", Map.of("report", report));
        assertThat(run).containsEntry("status", "COMPLETED");
        List<Map<String, Object>> listed = staff.getList("/api/reports").stream()
                .filter(r -> report.equals(r.get("reportCode")))
                .toList();
        assertThat(listed).isNotEmpty();
        Map<String, Object> newest = listed.get(0);
        byte[] file =
                staff.download("/api/reports/" + newest.get("id") + "/file").body();
        String sha256 =
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
        assertThat(sha256).isEqualTo(newest.get("sha256"));
        return new XSSFWorkbook(new ByteArrayInputStream(file));
    }

    private static int firstDataRow(XSSFWorkbook workbook, SheetTable table) {
        return table.headerRow() + 1;
    }

    private static void assertNoFormulas(XSSFWorkbook workbook) {
        for (Sheet sheet : workbook) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType())
                            .as(sheet.getSheetName() + "!" + cell.getAddress())
                            .isNotEqualTo(CellType.FORMULA);
                }
            }
        }
    }

    private static void assertTableOfContentsLinksEverySheet(XSSFWorkbook workbook) {
        XSSFSheet cover = workbook.getSheetAt(0);
        List<String> targets = cover.getHyperlinkList().stream()
                .filter(link -> link.getType() == HyperlinkType.DOCUMENT)
                .map(link -> link.getAddress())
                .toList();
        for (int s = 1; s < workbook.getNumberOfSheets(); s++) {
            assertThat(targets).contains("'" + workbook.getSheetName(s) + "'!A1");
        }
    }
}
