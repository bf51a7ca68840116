package fi.mittari.report.workbook;

import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.report.ReportLanguage;
import fi.mittari.report.content.Activities;
import fi.mittari.report.content.Activities.ActivityRow;
import fi.mittari.report.content.Activities.ActivityTable;
import fi.mittari.report.content.BreakdownRow;
import fi.mittari.report.content.CampaignQuality;
import fi.mittari.report.content.Cover;
import fi.mittari.report.content.Figure;
import fi.mittari.report.content.GoalResult;
import fi.mittari.report.content.Method;
import fi.mittari.report.content.Reach;
import fi.mittari.report.content.Reach.ReachRow;
import fi.mittari.report.content.Reach.ReachTable;
import fi.mittari.report.content.SummaryRow;
import fi.mittari.report.content.Suppression;
import fi.mittari.report.content.WorkbookContent;
import fi.mittari.support.TimeZones;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A KeKo-like workbook content built by hand, with the published figures (docs/domain.md) of 2019: 57 events, 1,290 participants (mean
 * 1290 / 57 = 22.63 per event, at most 86), 722 of them from the third sector (722 / 1290 = 0.55969, Wilson 95 %
 * interval 0.53246–0.58656, computed with z = 1.959964), one suppressed row, and hostile texts where people type:
 * the contact, a goal and a campaign title.
 */
final class TableSheetsContent {

    static final String HYPERLINK_FORMULA = "=HYPERLINK(\"http://x\",\"y\")";
    static final String DDE_COMMAND = "+cmd|' /C calc'!A0";
    static final Instant GENERATED_AT = Instant.parse("2020-01-15T09:30:00Z");

    static final BigDecimal THIRD_SECTOR_SHARE = new BigDecimal("0.5596899224806201");
    static final BigDecimal THIRD_SECTOR_LOW = new BigDecimal("0.5324625349673819");
    static final BigDecimal THIRD_SECTOR_HIGH = new BigDecimal("0.5865628672178034");
    /** 0.5596899… ÷ target 0.50. */
    static final BigDecimal THIRD_SECTOR_PROGRESS = new BigDecimal("1.1193798449612403");
    /** 1290 ÷ 57. */
    static final BigDecimal MEAN_PER_EVENT = new BigDecimal("22.63157894736842");

    private TableSheetsContent() {}

    static WorkbookContent keko(ReportLanguage language) {
        return keko(language, GENERATED_AT);
    }

    static WorkbookContent keko(ReportLanguage language, Instant generatedAt) {
        return new WorkbookContent(
                language,
                cover(generatedAt),
                summary(),
                breakdowns(),
                goals(),
                activities(),
                reach(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                quality(),
                method(),
                Optional.empty());
    }

    private static Cover cover(Instant generatedAt) {
        return new Cover(
                "KeKo – vaikuttavuusraportti 2019",
                "keko-2019",
                List.of(new Cover.ProjectLine("KEKO", "Kehittämisen koordinaatiohanke", "STEA", Optional.of("C 4321"))),
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2019, 12, 31),
                Instant.parse("2020-01-15T06:00:00Z"),
                generatedAt,
                "1.4.0",
                HYPERLINK_FORMULA,
                Optional.of("keko@example.org"),
                Optional.empty(),
                TimeZones.HELSINKI);
    }

    private static List<SummaryRow> summary() {
        return List.of(
                new SummaryRow(
                        "KEKO",
                        "participants",
                        "Osallistujat tilaisuuksissa",
                        "henkilöä",
                        Figure.count(1290),
                        Optional.of(57L),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new BigDecimal("1000")),
                        Optional.of(new BigDecimal("1.29")),
                        DataBasis.COLLECTED,
                        "kerätty tieto",
                        Suppression.NONE),
                new SummaryRow(
                        "KEKO",
                        "third_sector_share",
                        "Kolmannen sektorin osuus osallistujista",
                        "%",
                        Figure.share(THIRD_SECTOR_SHARE),
                        Optional.of(1290L),
                        Optional.of(722L),
                        Optional.of(1290L),
                        Optional.of(THIRD_SECTOR_LOW),
                        Optional.of(THIRD_SECTOR_HIGH),
                        Optional.of(new BigDecimal("0.40")),
                        Optional.of(new BigDecimal("0.50")),
                        Optional.of(THIRD_SECTOR_PROGRESS),
                        DataBasis.COLLECTED,
                        "kerätty tieto",
                        Suppression.NONE),
                new SummaryRow(
                        "KEKO",
                        "mean_attendance",
                        "Osallistujia tilaisuutta kohden",
                        "henkilöä",
                        new Figure(Optional.of(MEAN_PER_EVENT), Figure.Format.DECIMAL, 1),
                        Optional.of(57L),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        DataBasis.COLLECTED,
                        "kerätty tieto",
                        Suppression.NONE),
                // suppressed, yet the content still carries n, numerator and denominator: the sheet must not show them
                new SummaryRow(
                        "KEKO",
                        "new_partners_lappi",
                        "Uusia kumppaneita löytäneet, Lappi",
                        "%",
                        Figure.none(Figure.Format.SHARE, 1),
                        Optional.of(3L),
                        Optional.of(2L),
                        Optional.of(3L),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.of(new BigDecimal("0.50")),
                        Optional.empty(),
                        DataBasis.SAMPLE,
                        "otos",
                        Suppression.because("alle 5 vastaajaa")));
    }

    private static List<BreakdownRow> breakdowns() {
        return List.of(
                new BreakdownRow(
                        "KEKO",
                        "third_sector_share",
                        "Kolmannen sektorin osuus osallistujista",
                        "region",
                        "Maakunta",
                        "pirkanmaa",
                        "Pirkanmaa",
                        Figure.share(new BigDecimal("0.625")),
                        Optional.of(480L),
                        Optional.of(new BigDecimal("0.58")),
                        Optional.of(new BigDecimal("0.67")),
                        Suppression.NONE),
                new BreakdownRow(
                        "KEKO",
                        "third_sector_share",
                        "Kolmannen sektorin osuus osallistujista",
                        "region",
                        "Maakunta",
                        "lappi",
                        "Lappi",
                        Figure.none(Figure.Format.SHARE, 1),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Suppression.because("alle 5 henkilöä")));
    }

    private static List<GoalResult> goals() {
        return List.of(
                new GoalResult(
                        "KEKO",
                        "10–15 alueellista kehittämisrengasta",
                        Optional.of("networks"),
                        Optional.of("Alueelliset verkostot"),
                        Optional.of(BigDecimal.ZERO),
                        Optional.of(new BigDecimal("15")),
                        Figure.count(12),
                        "kerätty tieto",
                        "Tavoite 10–15 alueellista verkostoa: toteutui 12 (kerätty tieto, 1.1.–31.12.2019).",
                        Suppression.NONE),
                new GoalResult(
                        "KEKO",
                        DDE_COMMAND,
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Figure.none(Figure.Format.COUNT, 0),
                        "arvio",
                        "Ei mitattu.",
                        Suppression.NONE));
    }

    private static Activities activities() {
        ActivityRow total = row("all", "Kaikki", 57, 1290, MEAN_PER_EVENT, "20", 86L);
        return new Activities(
                total,
                List.of(
                        new ActivityTable(
                                Activities.Dimension.MONTH,
                                "Kuukausittain",
                                List.of(
                                        row("2019-09", "syyskuu 2019", 30, 700, new BigDecimal("23.333"), "21", 86L),
                                        row("2019-10", "lokakuu 2019", 27, 590, new BigDecimal("21.852"), "20", 60L))),
                        new ActivityTable(
                                Activities.Dimension.REGION,
                                "Maakunnittain",
                                List.of(
                                        row("pirkanmaa", "Pirkanmaa", 20, 480, new BigDecimal("24"), "22", 86L),
                                        row("uusimaa", "Uusimaa", 25, 610, new BigDecimal("24.4"), "23", 70L),
                                        row("lappi", "Lappi", 12, 200, new BigDecimal("16.667"), "15", 30L))),
                        new ActivityTable(
                                Activities.Dimension.EVENT_TYPE,
                                "Tilaisuustyypeittäin",
                                List.of(row("network", "Kehittämisrengas", 57, 1290, MEAN_PER_EVENT, "20", 86L)))));
    }

    private static ActivityRow row(
            String key, String label, long events, long participants, BigDecimal mean, String median, Long max) {
        return new ActivityRow(
                key,
                label,
                events,
                events,
                Optional.of(participants),
                Optional.of(mean),
                Optional.of(new BigDecimal(median)),
                Optional.of(max),
                Suppression.NONE);
    }

    private static Reach reach() {
        return new Reach(List.of(
                new ReachTable(
                        Reach.Who.PARTICIPANTS,
                        Reach.Dimension.SECTOR,
                        "Osallistujat sektoreittain",
                        List.of(
                                reachRow("third", "Kolmas sektori", 722, THIRD_SECTOR_SHARE),
                                reachRow("municipal", "Kunnan työllisyyspalvelut", 300, new BigDecimal("0.2325581")),
                                reachRow("other", "Muut", 268, new BigDecimal("0.2077519"))),
                        Optional.of(1290L)),
                new ReachTable(
                        Reach.Who.RESPONDENTS,
                        Reach.Dimension.REGION,
                        "Vastaajat maakunnittain",
                        List.of(
                                reachRow("pirkanmaa", "Pirkanmaa", 40, new BigDecimal("0.8888889")),
                                new ReachRow(
                                        "lappi",
                                        "Lappi",
                                        Optional.empty(),
                                        Optional.empty(),
                                        Suppression.because("alle 5 vastaajaa"))),
                        Optional.of(45L))));
    }

    private static ReachRow reachRow(String key, String label, long count, BigDecimal share) {
        return new ReachRow(key, label, Optional.of(count), Optional.of(share), Suppression.NONE);
    }

    private static List<CampaignQuality> quality() {
        return List.of(new CampaignQuality(
                "keko-2019",
                HYPERLINK_FORMULA,
                Optional.of(200L),
                90,
                10,
                Optional.of(new BigDecimal("0.45")),
                List.of(
                        new CampaignQuality.MissingAnswers(
                                "partners",
                                "Löysitkö hankkeen kautta uusia kumppaneita?",
                                90,
                                4,
                                Optional.of(new BigDecimal("0.0444444"))),
                        new CampaignQuality.MissingAnswers(
                                "region", "Maakunta", 90, 0, Optional.of(BigDecimal.ZERO)))));
    }

    private static Method method() {
        return new Method(
                List.of(
                        new Method.IndicatorMethod(
                                "participants",
                                "Osallistujat tilaisuuksissa",
                                "Kaikkien tilaisuuksien osallistujamäärien summa.",
                                "summa(osallistujat), tilaisuudet 1.1.–31.12.2019",
                                "kerätty tieto",
                                "Osallistujakirjaukset"),
                        new Method.IndicatorMethod(
                                "third_sector_share",
                                "Kolmannen sektorin osuus osallistujista",
                                "Kolmannen sektorin osallistujat jaettuna kaikilla osallistujilla.",
                                "summa(osallistujat, sektori = kolmas) / summa(osallistujat)",
                                "kerätty tieto",
                                "Osallistujakirjaukset")),
                "Osuuksien 95 %:n luottamusväli Wilsonin menetelmällä.",
                "Alle 5 henkilön ryhmien luvut piilotetaan.",
                List.of("Uusi indikaattori: Osallistujia tilaisuutta kohden."));
    }
}
