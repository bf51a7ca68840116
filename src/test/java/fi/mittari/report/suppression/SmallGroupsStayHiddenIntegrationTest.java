package fi.mittari.report.suppression;

import static fi.mittari.indicator.engine.Definitions.define;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fi.mittari.indicator.definition.Breakdown;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.indicator.engine.IndicatorFixture;
import fi.mittari.indicator.engine.TestIndicatorCatalog;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.report.ReportLanguage;
import fi.mittari.report.archive.TestReportCatalog;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportPeriod;
import fi.mittari.support.StaffApi;
import io.micronaut.context.annotation.Property;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A project built to leak small groups, run through the real job and the funder workbook: no published number of any
 * API row or of the Activities, Reach, Breakdowns and Change sheets equals or gives back a hidden count of persons.
 *
 * <p>Project {@code leak}, 2026 (event, start, region, type: participants): L1 15.1. lappi training 3 (kela); K1 10.3.
 * kainuu workshop 4 (company); U1 12.3. uusimaa workshop 20 (kela); U2 1.4. uusimaa training 25 (kela); U3 20.4.
 * uusimaa training 30 (te_services); P1 5.5. pirkanmaa workshop 12 (kela), P2 6.5. pirkanmaa workshop 14 (company);
 * N1 1.6. uusimaa training, nothing recorded. By region: lappi 3 and kainuu 4 are small (a region of one event of 4);
 * by month: January 3 is small and March 24 (two events, mean 12) is its complementary cell. A survey pairs 10 persons
 * of 12 at baseline: 2 lost; 7 improve, 3 stay the same.
 */
@MicronautTest(transactional = false)
@Property(name = "test.indicators", value = "catalog")
@Property(name = "test.reports", value = "doubles")
class SmallGroupsStayHiddenIntegrationTest {

    private static final String PROJECT = "leak";
    private static final String FROM = "2026-01-01";
    private static final String TO = "2026-12-31";

    /** The counts of persons the rules hide, by breakdown and group, as worked out above. */
    private static final Map<String, Long> HIDDEN_ATTENDANCE = Map.of(
            "region|lappi", 3L,
            "region|kainuu", 4L,
            "month|2026-01", 3L,
            "month|2026-03", 24L);

    private static final String BASELINE =
            """
            key: leak-baseline
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Alku}
            questions:
              - key: code
                type: text
                concept: id.participant
                label: {fi: Tunnus}
              - key: grade
                type: number
                concept: outcome.grade
                label: {fi: Arvio}
            """;

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestIndicatorCatalog indicators;

    @Inject
    TestReportCatalog reports;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireCatalog questionnaires;

    @Test
    void noPublishedFigureGivesBackAHiddenCountOfPersons() throws Exception {
        scenario();
        Breakdown region = new Breakdown.ByDimension(Dimension.REGION);
        Breakdown month = new Breakdown.ByPeriod(Breakdown.Granularity.MONTH);
        Breakdown sector = new Breakdown.ByDimension(Dimension.SECTOR);
        indicators.set(List.of(
                define("participants", 0, new Measure.Sum(new Quantity.Attendance()), region, month, sector),
                define("events", 0, new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()), region, month),
                define("per_event", 1, summary(Measure.Statistic.MEAN), region, month),
                define("median_event", 1, summary(Measure.Statistic.MEDIAN), region, month),
                define("largest_event", 0, summary(Measure.Statistic.MAX), region, month),
                define("smallest_event", 0, summary(Measure.Statistic.MIN), region, month),
                define("participants_per_event", 2, new Measure.Ratio("participants", "events"), region, month),
                define(
                        "grade_change",
                        2,
                        new Measure.PairedChange("outcome.grade", "leak-baseline", "leak-followup"),
                        new Breakdown.ByDimension(Dimension.PROJECT))));
        reports.set(List.of(report()));
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());
        assertThat(staff.runJob("aggregateIndicators", Map.of("project", PROJECT, "from", FROM, "to", TO)))
                .containsEntry("status", "COMPLETED");

        List<Map<String, Object>> values = values(staff);
        attendanceFiguresTakeTheHiddenCellsOfTheirAttendance(values);
        pairedChangePublishesNoSmallDetail(values);
        assertThat(row(values, "per_event", "", ""))
                .as("every event's attendance is a census: no sampling interval")
                .doesNotContainKey("interval");

        assertThat(staff.runJob("funderReport", Map.of("report", "leak-report")))
                .containsEntry("status", "COMPLETED");
        Map<String, Object> archived = staff.getList("/api/reports").stream()
                .filter(r -> "leak-report".equals(r.get("reportCode")))
                .findFirst()
                .orElseThrow();
        byte[] file =
                staff.download("/api/reports/" + archived.get("id") + "/file").body();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            activitiesShowNoSmallCountAndExactMeans(workbook.getSheet("Activities"));
            reachShowsNoSmallCount(workbook.getSheet("Reach"));
            breakdownsHideWhatTheApiHides(workbook.getSheet("Breakdowns"), values);
            changeShowsNoPersonsLost(workbook.getSheet("Change"));
        }
    }

    private static void attendanceFiguresTakeTheHiddenCellsOfTheirAttendance(List<Map<String, Object>> values) {
        HIDDEN_ATTENDANCE.forEach((cell, hidden) -> {
            String breakdown = cell.split("\\|")[0];
            String group = cell.split("\\|")[1];
            assertThat(row(values, "participants", breakdown, group)).as(cell).containsEntry("suppressed", true);
            for (Map<String, Object> other : values) {
                if (!breakdown.equals(other.get("breakdown")) || !group.equals(other.get("group"))) {
                    continue;
                }
                String code = (String) other.get("indicator");
                if (!code.equals("events")) {
                    assertThat(other).as(code + " of " + cell).containsEntry("suppressed", true);
                }
                for (double shown : numbers(other)) {
                    assertThat(shown)
                            .as(code + " of " + cell + " shows its hidden count")
                            .isNotEqualTo(hidden);
                }
            }
        });
        // the smallest event of all (L1, 3) and a small largest or median are single events' counts of persons
        assertThat(row(values, "smallest_event", "", "")).containsEntry("suppressed", true);
        for (Map<String, Object> value : values) {
            String code = (String) value.get("indicator");
            if (List.of("participants", "median_event", "largest_event", "smallest_event")
                            .contains(code)
                    && value.get("value") != null) {
                double shown = new BigDecimal(value.get("value").toString()).doubleValue();
                assertThat(shown > 0 && shown < 5)
                        .as(code + " " + value.get("group") + " = " + shown)
                        .isFalse();
            }
        }
        // a shown mean is exactly its attendance over its events with attendance
        Map<String, Object> uusimaa = row(values, "per_event", "region", "uusimaa");
        assertThat(new BigDecimal(uusimaa.get("value").toString())).isEqualByComparingTo("25.0");
        assertThat(uusimaa).containsEntry("n", 3);
    }

    private static void pairedChangePublishesNoSmallDetail(List<Map<String, Object>> values) {
        Map<String, Object> change = row(values, "grade_change", "", "");
        assertThat(change).containsEntry("suppressed", false).containsEntry("n", 10);
        @SuppressWarnings("unchecked")
        Map<String, Object> details = (Map<String, Object>) change.get("details");
        // 2 lost is a small count; same 3 is too, and improved 7 would give it back as 10 − 7 − 0
        assertThat(details).containsKeys("pairs", "worse").doesNotContainKeys("personsLost", "same", "improved");
    }

    private static void activitiesShowNoSmallCountAndExactMeans(Sheet sheet) {
        int hiddenRows = 0;
        for (Map<String, Cell> line : tableLines(sheet, "Group")) {
            Optional<Double> participants = number(line.get("Participants"));
            for (String persons : List.of("Participants", "Median per event", "Max per event")) {
                number(line.get(persons)).ifPresent(n -> assertThat(n > 0 && n < 5)
                        .as(persons + " of " + text(line.get("Group")))
                        .isFalse());
            }
            Optional<Double> mean = number(line.get("Mean per event"));
            if (participants.isEmpty()) {
                hiddenRows++;
                assertThat(mean).as("mean of hidden " + text(line.get("Group"))).isEmpty();
                assertThat(number(line.get("Median per event"))).isEmpty();
                assertThat(number(line.get("Max per event"))).isEmpty();
                assertThat(text(line.get("Note"))).isEqualTo("hidden");
            } else if (mean.isPresent()) {
                double events =
                        number(line.get("Events with attendance recorded")).orElseThrow();
                assertThat(mean.get()).isCloseTo(participants.get() / events, within(1e-6));
            }
        }
        // lappi, kainuu, January and March
        assertThat(hiddenRows).isEqualTo(4);
    }

    private static void reachShowsNoSmallCount(Sheet sheet) {
        int hidden = 0;
        for (Map<String, Cell> line : tableLines(sheet, "Group")) {
            Optional<Double> count = number(line.get("Count"));
            count.ifPresent(
                    n -> assertThat(n > 0 && n < 5).as(text(line.get("Group"))).isFalse());
            if (count.isEmpty() && !text(line.get("Group")).isEmpty()) {
                hidden++;
            }
        }
        // participants by region: Lapland 3 and Kainuu 4
        assertThat(hidden).isGreaterThanOrEqualTo(2);
    }

    private static void breakdownsHideWhatTheApiHides(Sheet sheet, List<Map<String, Object>> values) {
        long hiddenInApi = values.stream()
                .filter(v -> List.of("region", "month").contains(java.util.Objects.toString(v.get("breakdown"), ""))
                        && Boolean.TRUE.equals(v.get("suppressed")))
                .count();
        List<Map<String, Cell>> lines = tableLines(sheet, "Project");
        long hiddenInSheet = lines.stream()
                .filter(line -> text(line.get("Note")).equals("hidden"))
                .count();
        assertThat(hiddenInSheet).isEqualTo(hiddenInApi);
        for (Map<String, Cell> line : lines) {
            if (text(line.get("Note")).equals("hidden")) {
                assertThat(number(line.get("Value"))).isEmpty();
                assertThat(number(line.get("n"))).isEmpty();
            }
        }
    }

    private static void changeShowsNoPersonsLost(Sheet sheet) {
        Map<String, Cell> line = tableLines(sheet, "Project").get(0);
        assertThat(number(line.get("Pairs"))).contains(10.0);
        assertThat(number(line.get("Lost"))).isEmpty();
        assertThat(number(line.get("Same"))).isEmpty();
        assertThat(number(line.get("Improved"))).isEmpty();
        assertThat(number(line.get("Same, share"))).isEmpty();
        assertThat(number(line.get("Worse"))).contains(0.0);
    }

    private void scenario() {
        var fixture = new IndicatorFixture(jdbc, questionnaires);
        long project = fixture.project(PROJECT, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
        event(fixture, project, "LK-L1", "2026-01-15", "lappi", "training", "kela", 3);
        event(fixture, project, "LK-K1", "2026-03-10", "kainuu", "workshop", "company", 4);
        event(fixture, project, "LK-U1", "2026-03-12", "uusimaa", "workshop", "kela", 20);
        event(fixture, project, "LK-U2", "2026-04-01", "uusimaa", "training", "kela", 25);
        event(fixture, project, "LK-U3", "2026-04-20", "uusimaa", "training", "te_services", 30);
        event(fixture, project, "LK-P1", "2026-05-05", "pirkanmaa", "workshop", "kela", 12);
        event(fixture, project, "LK-P2", "2026-05-06", "pirkanmaa", "workshop", "company", 14);
        fixture.event(project, "LK-N1", LocalDate.parse("2026-06-01"), "training", "uusimaa");
        long baseline = fixture.questionnaire(BASELINE);
        long followUp = fixture.questionnaire(BASELINE.replace("leak-baseline", "leak-followup"));
        long first = fixture.campaign("leak-baseline", baseline, project, null, "SURVEY");
        long second = fixture.campaign("leak-followup", followUp, project, null, "SURVEY");
        for (int person = 1; person <= 12; person++) {
            fixture.response(
                    first,
                    baseline,
                    LocalDateTime.of(2026, 2, 1, 9, person),
                    Map.of("code", "LK" + person, "grade", 5));
            if (person <= 10) {
                // persons 1–7 improve by 2, 8–10 stay at 5; 11 and 12 never answer the follow-up
                fixture.response(
                        second,
                        followUp,
                        LocalDateTime.of(2026, 9, 1, 9, person),
                        Map.of("code", "LK" + person, "grade", person <= 7 ? 7 : 5));
            }
        }
    }

    private static void event(
            IndicatorFixture fixture,
            long project,
            String code,
            String day,
            String region,
            String type,
            String sector,
            int participants) {
        long event = fixture.event(project, code, LocalDate.parse(day), type, region);
        fixture.participation(event, sector, null, participants);
    }

    private static ReportDefinition report() {
        return new ReportDefinition(
                "leak-report",
                "Small groups",
                ReportLanguage.EN,
                List.of(PROJECT),
                new ReportPeriod.Fixed(LocalDate.parse(FROM), LocalDate.parse(TO)),
                List.of(),
                List.of("region", "month"),
                new ReportDefinition.Contact("Hanna", Optional.empty(), Optional.empty()),
                new ReportDefinition.Recipients(List.of(), List.of()),
                Optional.empty(),
                ReportDefinition.ReportOptions.defaults(),
                Optional.empty(),
                "batch/reports/leak.yaml",
                1);
    }

    private static Measure summary(Measure.Statistic statistic) {
        return new Measure.Summary(statistic, new Quantity.Attendance());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> values(StaffApi staff) {
        return (List<Map<String, Object>>)
                staff.get("/api/indicators/results?project=" + PROJECT + "&from=" + FROM + "&to=" + TO)
                        .body()
                        .get("values");
    }

    private static Map<String, Object> row(
            List<Map<String, Object>> values, String indicator, String breakdown, String group) {
        return values.stream()
                .filter(v -> indicator.equals(v.get("indicator"))
                        && breakdown.equals(java.util.Objects.toString(v.get("breakdown"), ""))
                        && group.equals(java.util.Objects.toString(v.get("group"), "")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row " + indicator + " " + breakdown + " " + group + " in "
                        + values.stream()
                                .map(v -> v.get("indicator") + "/" + v.get("breakdown") + "/" + v.get("group"))
                                .toList()));
    }

    /** Every number a row shows, and a mean's number times its n, the count it would give back. */
    private static List<Double> numbers(Map<String, Object> row) {
        List<Double> numbers = new ArrayList<>();
        for (String key : List.of("value", "n", "numerator", "denominator")) {
            if (row.get(key) != null) {
                numbers.add(new BigDecimal(row.get(key).toString()).doubleValue());
            }
        }
        if (row.get("value") != null && row.get("n") != null) {
            numbers.add(
                    new BigDecimal(row.get("value").toString()).doubleValue() * ((Number) row.get("n")).doubleValue());
        }
        return numbers;
    }

    /** The lines under each header row that has {@code firstHeader} in column A, keyed by header, up to a gap. */
    private static List<Map<String, Cell>> tableLines(Sheet sheet, String firstHeader) {
        List<Map<String, Cell>> lines = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row header = sheet.getRow(r);
            if (header == null || !firstHeader.equals(text(header.getCell(0)))) {
                continue;
            }
            for (int d = r + 1; d <= sheet.getLastRowNum(); d++) {
                Row data = sheet.getRow(d);
                if (data == null || text(data.getCell(0)).isEmpty() || firstHeader.equals(text(data.getCell(0)))) {
                    break;
                }
                Map<String, Cell> line = new HashMap<>();
                for (int c = 0; c < header.getLastCellNum(); c++) {
                    line.put(text(header.getCell(c)), data.getCell(c));
                }
                lines.add(line);
            }
        }
        return lines;
    }

    private static Optional<Double> number(Cell cell) {
        return cell != null && cell.getCellType() == CellType.NUMERIC
                ? Optional.of(cell.getNumericCellValue())
                : Optional.empty();
    }

    private static String text(Cell cell) {
        return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
    }
}
