package fi.mittari.report.archive;

import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Activities;
import fi.mittari.report.content.Cover;
import fi.mittari.report.content.Figure;
import fi.mittari.report.content.Method;
import fi.mittari.report.content.Reach;
import fi.mittari.report.content.SummaryRow;
import fi.mittari.report.content.Suppression;
import fi.mittari.report.content.WorkbookContent;
import fi.mittari.report.definition.ReportDefinition;
import fi.mittari.report.definition.ReportPeriod;
import fi.mittari.support.TimeZones;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Report definitions, workbook contents and archived reports for the archive, access, delivery and job tests. */
public final class ReportFixture {

    public static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    public static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private ReportFixture() {}

    /** A Finnish report of {@code projects} for 2026, emailed to {@code emails}. */
    public static ReportDefinition definition(String code, List<String> projects, List<String> emails) {
        return new ReportDefinition(
                code,
                "Raportti " + code,
                ReportLanguage.FI,
                projects,
                new ReportPeriod.Fixed(FROM, TO),
                List.of(),
                List.of(),
                new ReportDefinition.Contact("Hanna Hankevetäjä", Optional.of("hanna@example.org"), Optional.empty()),
                new ReportDefinition.Recipients(List.of(), emails),
                Optional.empty(),
                ReportDefinition.ReportOptions.defaults(),
                Optional.empty(),
                "batch/reports/test.yaml",
                1);
    }

    /** One summary figure per project: new_partners = {@code share} (e.g. 0.53), computed at {@code asOf}. */
    public static WorkbookContent content(
            ReportDefinition definition, Instant generatedAt, Instant asOf, BigDecimal share) {
        var projects = definition.projects().stream()
                .map(p -> new Cover.ProjectLine(p, "Hanke " + p, "STEA", Optional.of("C-1234")))
                .toList();
        var summary = definition.projects().stream()
                .map(p -> new SummaryRow(
                        p,
                        "new_partners",
                        "Löysi uusia kumppaneita",
                        "%",
                        Figure.share(share),
                        Optional.of(100L),
                        Optional.of(53L),
                        Optional.of(100L),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        DataBasis.COLLECTED,
                        "kerätty",
                        Suppression.NONE))
                .toList();
        return new WorkbookContent(
                definition.language(),
                new Cover(
                        definition.title(),
                        definition.code(),
                        projects,
                        FROM,
                        TO,
                        asOf,
                        generatedAt,
                        "test",
                        definition.contact().name(),
                        definition.contact().email(),
                        definition.contact().phone(),
                        TimeZones.HELSINKI),
                summary,
                List.of(),
                List.of(),
                new Activities(
                        new Activities.ActivityRow(
                                "",
                                "Yhteensä",
                                0,
                                0,
                                Optional.of(0L),
                                Optional.empty(),
                                Optional.empty(),
                                Optional.empty(),
                                Suppression.NONE),
                        List.of()),
                new Reach(List.of()),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                List.of(),
                new Method(
                        List.of(new Method.IndicatorMethod(
                                "new_partners",
                                "Uudet kumppanit",
                                "Osuus vastaajista",
                                "kyllä / kaikki",
                                "kerätty",
                                "kysely")),
                        "Wilson",
                        "alle 5 piilotetaan",
                        List.of()),
                Optional.empty());
    }

    /** A file of {@code size} bytes (a repeating pattern) in a temporary file, as a written workbook. */
    public static WrittenFile file(int size) throws Exception {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Path path = Files.createTempFile("report-fixture-", ".xlsx");
        Files.write(path, bytes);
        return new WrittenFile(path, size, sha256(bytes));
    }

    /** A report of {@code projects} archived directly (no job), with the file given. */
    public static long archive(
            ReportArchive archive, String code, List<String> projects, List<String> emails, WrittenFile file) {
        Instant now = Instant.now();
        return archive.archive(
                new NewReport(
                        code,
                        "Raportti " + code,
                        ReportLanguage.FI,
                        projects,
                        FROM,
                        TO,
                        now,
                        now,
                        Map.of("report", code),
                        "{}",
                        "{\"generatedAt\":\"" + now + "\",\"figures\":{},\"rules\":{}}",
                        "test",
                        0,
                        emails),
                file);
    }

    public static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    static LocalDate today() {
        return LocalDate.now(TimeZones.HELSINKI);
    }
}
