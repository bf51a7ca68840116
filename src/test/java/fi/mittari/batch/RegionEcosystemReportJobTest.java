package fi.mittari.batch;

import static fi.mittari.indicator.engine.Definitions.define;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.context.EcosystemDraft;
import fi.mittari.context.Ecosystems;
import fi.mittari.context.Recorded;
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
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * A report whose scope is a region ecosystem, built by the real funderReport job: the job computes the ecosystem's
 * scope first, and the workbook names the ecosystem and its region and shows the figures of every project's records
 * of the region. A region whose participants the row of all regions hides as a complement stays hidden.
 *
 * <p>2031, all projects (event, project, held in, participants by their region): A1 ra kanta-hame 20; A2 ra uusimaa 30
 * from uusimaa and 6 from kanta-hame; B1 rb kanta-hame 12; B2 rb pirkanmaa 40; B3 rb lappi 3; B4 rb kainuu 7. By
 * region: kanta-hame 38 (two events held there, three with attendance counted there), uusimaa 30, pirkanmaa 40, lappi 3
 * (small) and kainuu 7, the smallest shown one, hidden as its complement.
 */
@MicronautTest(transactional = false)
@Property(name = "test.indicators", value = "catalog")
@Property(name = "test.reports", value = "doubles")
class RegionEcosystemReportJobTest {

    private static final LocalDate FROM = LocalDate.of(2031, 1, 1);
    private static final LocalDate TO = LocalDate.of(2031, 12, 31);

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    TestIndicatorCatalog indicators;

    @Inject
    TestReportCatalog reports;

    @Inject
    Ecosystems ecosystems;

    @Inject
    NamedParameterJdbcTemplate jdbc;

    @Inject
    QuestionnaireCatalog questionnaires;

    @Test
    void theWorkbookOfARegionEcosystemShowsEveryProjectsRecordsOfTheRegionAndNamesIt() throws Exception {
        scenario();
        indicators.set(List.of(
                define(
                        "participants",
                        0,
                        new Measure.Sum(new Quantity.Attendance()),
                        new Breakdown.ByDimension(Dimension.REGION),
                        new Breakdown.ByDimension(Dimension.SECTOR)),
                define("events", 0, new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty())),
                define("coached", 0, new Measure.Count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.empty()))));
        reports.set(List.of(report("kh-report", "kh-2031"), report("kainuu-report", "kainuu-2031")));
        StaffApi staff = StaffApi.loginAsAdmin(client.toBlocking());

        assertThat(staff.runJob("funderReport", Map.of("report", "kh-report"))).containsEntry("status", "COMPLETED");

        // computed by the job's refresh: every project's records of the region, no coached participants (no region)
        assertThat(stored("ecosystem:kh-2031"))
                .containsEntry("participants||", "38")
                .containsEntry("participants|region|kanta-hame", "38")
                .containsEntry("events||", "2")
                .doesNotContainKey("coached||");
        List<String> cover;
        List<String> all;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(staff, "kh-report")))) {
            cover = texts(workbook.getSheetAt(0));
            all = new ArrayList<>();
            workbook.forEach(sheet -> all.addAll(texts(sheet)));
            assertThat(texts(workbook.getSheet("Activities")))
                    .as("two events held in the region, three with attendance counted there")
                    .containsSequence("Total", "2", "3", "38");
        }
        assertThat(cover)
                .contains("Ecosystem", "Kanta-Häme ecosystem", "kh-2031", "Region", "Kanta-Häme")
                .contains("Every project's events, participants and answers from the region");
        assertThat(all).contains("38").doesNotContain("Project ra", "Project rb");

        // Kainuu's 7 participants are Lapland's complement among all regions: its ecosystem shows none of them
        assertThat(staff.runJob("funderReport", Map.of("report", "kainuu-report")))
                .containsEntry("status", "COMPLETED");
        assertThat(suppressed("ecosystem:kainuu-2031")).containsEntry("participants||", "COMPLEMENTARY");
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download(staff, "kainuu-report")))) {
            List<String> kainuu = new ArrayList<>();
            workbook.forEach(sheet -> kainuu.addAll(texts(sheet)));
            assertThat(kainuu).doesNotContain("7").contains("hidden");
        }
    }

    private void scenario() {
        var fixture = new IndicatorFixture(jdbc, questionnaires);
        long ra = fixture.project("ra", FROM, TO);
        long rb = fixture.project("rb", FROM, TO);
        participation(fixture.event(ra, "ra-1", LocalDate.of(2031, 2, 10), "workshop", "kanta-hame"), null, 20);
        long a2 = fixture.event(ra, "ra-2", LocalDate.of(2031, 3, 5), "training", "uusimaa");
        participation(a2, null, 30);
        participation(a2, "kanta-hame", 6);
        participation(fixture.event(rb, "rb-1", LocalDate.of(2031, 4, 1), "training", "kanta-hame"), null, 12);
        participation(fixture.event(rb, "rb-2", LocalDate.of(2031, 5, 1), "training", "pirkanmaa"), null, 40);
        participation(fixture.event(rb, "rb-3", LocalDate.of(2031, 6, 1), "training", "lappi"), null, 3);
        participation(fixture.event(rb, "rb-4", LocalDate.of(2031, 7, 1), "training", "kainuu"), null, 7);
        fixture.coached(ra, "RA-1", LocalDate.of(2031, 2, 1), null);
        region("kh-2031", "Kanta-Hämeen ekosysteemi", "Kanta-Häme ecosystem", "kanta-hame");
        region("kainuu-2031", "Kainuun ekosysteemi", "Kainuu ecosystem", "kainuu");
    }

    private void region(String code, String nameFi, String nameEn, String region) {
        var saved = ecosystems.save(
                new EcosystemDraft(code, nameFi, nameFi, nameEn, FROM.toString(), TO.toString(), List.of(), region));
        assertThat(saved).isInstanceOf(Recorded.Saved.class);
    }

    private void participation(long eventId, String region, int participants) {
        jdbc.update(
                "INSERT INTO participation (event_id, source, sector_code, region_code, participants, recorded_at)"
                        + " VALUES (:event, 'COUNTS', 'kela', :region, :participants, :now)",
                new MapSqlParameterSource()
                        .addValue("event", eventId)
                        .addValue("region", region)
                        .addValue("participants", participants)
                        .addValue("now", Timestamp.valueOf(LocalDateTime.of(2031, 1, 1, 12, 0))));
    }

    private static ReportDefinition report(String code, String ecosystem) {
        return new ReportDefinition(
                code,
                "Region " + code,
                ReportLanguage.EN,
                List.of(),
                new ReportPeriod.ProjectPeriod(),
                List.of("participants", "events", "coached"),
                List.of("sector"),
                new ReportDefinition.Contact("N", Optional.empty(), Optional.empty()),
                ReportDefinition.Recipients.none(),
                Optional.empty(),
                ReportDefinition.ReportOptions.defaults(),
                Optional.empty(),
                "test",
                1,
                Optional.of(ecosystem));
    }

    private Map<String, String> stored(String scope) {
        Map<String, String> values = new java.util.HashMap<>();
        jdbc.query(
                "SELECT indicator_code, breakdown_key, group_key, result_value FROM indicator_value"
                        + " WHERE project_code = :scope AND period_from = :from AND period_to = :to"
                        + " AND result_value IS NOT NULL",
                Map.of("scope", scope, "from", FROM, "to", TO),
                row -> {
                    values.put(
                            row.getString("indicator_code") + "|" + row.getString("breakdown_key") + "|"
                                    + row.getString("group_key"),
                            row.getBigDecimal("result_value")
                                    .stripTrailingZeros()
                                    .toPlainString());
                });
        return values;
    }

    private Map<String, String> suppressed(String scope) {
        Map<String, String> reasons = new java.util.HashMap<>();
        jdbc.query(
                "SELECT indicator_code, breakdown_key, group_key, suppression_reason FROM indicator_value"
                        + " WHERE project_code = :scope AND suppressed = TRUE",
                Map.of("scope", scope),
                row -> {
                    reasons.put(
                            row.getString("indicator_code") + "|" + row.getString("breakdown_key") + "|"
                                    + row.getString("group_key"),
                            row.getString("suppression_reason"));
                });
        return reasons;
    }

    private static byte[] download(StaffApi staff, String reportCode) {
        Map<String, Object> archived = staff.getList("/api/reports").stream()
                .filter(r -> reportCode.equals(r.get("reportCode")))
                .reduce((first, second) -> second)
                .orElseThrow();
        return staff.download("/api/reports/" + archived.get("id") + "/file").body();
    }

    private static List<String> texts(Sheet sheet) {
        DataFormatter format = new DataFormatter(java.util.Locale.ROOT);
        List<String> texts = new ArrayList<>();
        for (Row row : sheet) {
            row.forEach(cell -> {
                String text = format.formatCellValue(cell).strip();
                if (!text.isEmpty()) {
                    texts.add(text);
                }
            });
        }
        return texts;
    }
}
