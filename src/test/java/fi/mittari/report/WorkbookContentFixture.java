package fi.mittari.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Workbook contents for tests: KeKo's 2019 survey (36 responses) and a campaign too small to show. */
final class WorkbookContentFixture {

    static final Instant AS_OF = Instant.parse("2019-12-19T10:00:00Z");
    static final int MINIMUM_GROUP_SIZE = 5;
    static final String PARTNERS = "Löysitkö uusia kumppaneita?";
    static final String SECTOR = "Minkä tyyppistä organisaatiota edustat?";
    static final String TINY = "Pieni tilaisuus";

    private WorkbookContentFixture() {}

    static WorkbookContent keko() {
        return keko(ReportLanguage.FI);
    }

    static WorkbookContent keko(ReportLanguage language) {
        var partners = new ChoiceDistribution(
                "new_partners",
                PARTNERS,
                36,
                List.of(
                        new ChoiceFigure("yes", "Kyllä", 19, new BigDecimal("0.5278")),
                        new ChoiceFigure("no", "Ei", 12, new BigDecimal("0.3333")),
                        new ChoiceFigure("unsure", "En osaa sanoa", 5, new BigDecimal("0.1389"))));
        var sector = new ChoiceDistribution(
                "organisation_type",
                SECTOR,
                34,
                List.of(
                        new ChoiceFigure("third_sector", "Järjestö", 19, new BigDecimal("0.5588")),
                        new ChoiceFigure("company", "Yritys", 15, new BigDecimal("0.4412"))));
        return new WorkbookContent(
                "KeKo 2019",
                AS_OF,
                language,
                MINIMUM_GROUP_SIZE,
                List.of(
                        new CampaignFigures(
                                "keko-2019",
                                "KeKo 2019",
                                "KeKo-vaikuttavuuskysely",
                                36,
                                false,
                                List.of(partners, sector)),
                        suppressed()));
    }

    static WorkbookContent onlySuppressed() {
        return new WorkbookContent("Pieni", AS_OF, ReportLanguage.FI, MINIMUM_GROUP_SIZE, List.of(suppressed()));
    }

    static WorkbookContent empty(ReportLanguage language) {
        return new WorkbookContent("Tyhjä", AS_OF, language, MINIMUM_GROUP_SIZE, List.of());
    }

    /** Every text from data looks like a spreadsheet formula. */
    static WorkbookContent formulaLooking() {
        var question = new ChoiceDistribution(
                "q",
                "@SUM(A1:A9)",
                10,
                List.of(
                        new ChoiceFigure("a", "=HYPERLINK(\"http://x\")", 6, new BigDecimal("0.6")),
                        new ChoiceFigure("b", "+Yritys", 3, new BigDecimal("0.3")),
                        new ChoiceFigure("c", "-1+2", 1, new BigDecimal("0.1"))));
        return new WorkbookContent(
                "=1+1",
                AS_OF,
                ReportLanguage.EN,
                MINIMUM_GROUP_SIZE,
                List.of(new CampaignFigures("x", "=CMD|'/c calc'!A1", "+kysely", 10, false, List.of(question))));
    }

    private static CampaignFigures suppressed() {
        return new CampaignFigures("tiny", TINY, "Palaute", 3, true, List.of());
    }
}
