package fi.mittari.report;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Workbook contents for tests: KeKo's 2019 survey (36 responses) and a campaign too small to show. */
final class WorkbookContentFixture {

    static final Instant AS_OF = Instant.parse("2019-12-19T10:00:00Z");

    private WorkbookContentFixture() {}

    static WorkbookContent keko(ReportLanguage language) {
        var partners = new ChoiceDistribution("new_partners", "Löysitkö uusia kumppaneita?", 36, List.of(
                new ChoiceFigure("yes", "Kyllä", 19, new BigDecimal("0.5278")),
                new ChoiceFigure("no", "Ei", 12, new BigDecimal("0.3333")),
                new ChoiceFigure("unsure", "En osaa sanoa", 5, new BigDecimal("0.1389"))));
        var sector = new ChoiceDistribution("organisation_type", "Organisaatio", 34, List.of(
                new ChoiceFigure("third_sector", "=HYPERLINK(\"http://example.com\")", 19, new BigDecimal("0.5588")),
                new ChoiceFigure("company", "+Yritys", 15, new BigDecimal("0.4412"))));
        return new WorkbookContent("KeKo 2019", AS_OF, language, 5, List.of(
                new CampaignFigures("keko-2019", "KeKo 2019", "KeKo-vaikuttavuuskysely", 36, false,
                        List.of(partners, sector)),
                new CampaignFigures("tiny", "Pieni tilaisuus", "Palaute", 3, true, List.of())));
    }
}
