package fi.mittari.report.preparing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.definition.DataBasis;
import fi.mittari.indicator.definition.Dimension;
import fi.mittari.indicator.definition.Filter;
import fi.mittari.indicator.definition.IndicatorDefinition;
import fi.mittari.indicator.definition.Measure;
import fi.mittari.indicator.definition.Population;
import fi.mittari.indicator.definition.Quantity;
import fi.mittari.indicator.statistics.SuppressionRule;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.report.ReportLanguage;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the Method sheet lists as changed since the previous report of the same definition. */
class MethodFiguresTest {

    private static final Instant THEN = Instant.parse("2019-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2020-01-01T00:00:00Z");

    private final MethodFigures en = new MethodFigures(new ReportTexts(ReportLanguage.EN, SuppressionRule.DEFAULT));
    private final MethodFigures fi = new MethodFigures(new ReportTexts(ReportLanguage.FI, SuppressionRule.DEFAULT));

    @Test
    void listsChangedFiguresAndRules() {
        var previous = new ArchivedFigures(
                THEN,
                Map.of("keko/participants", "1250", "keko/employed", "17", "keko/events", "57"),
                Map.of("participants", "Attendance | sum of attendance", "employment_rate", "Rate | a / b"));
        var current = new ArchivedFigures(
                NOW,
                Map.of("keko/participants", "1290", "keko/employed", "suppressed", "keko/events", "57"),
                Map.of("participants", "Attendance | sum of attendance", "employment_rate", "Rate | a / c"));
        assertThat(en.changes(Optional.of(previous), current))
                .containsExactly(
                        "keko/employed: 17 → hidden",
                        "keko/participants: 1,250 → 1,290",
                        "employment_rate: rule changed");
        assertThat(fi.changes(Optional.of(previous), current))
                .contains("keko/participants: 1 250 → 1 290", "employment_rate: määritelmä muuttunut");
    }

    @Test
    void writesEachRuleInTheReportsLanguageAndNamesNoFile() {
        var definition = new IndicatorDefinition(
                "third_sector_share",
                LocalizedText.of(Language.FI, "Osuus"),
                LocalizedText.of(Language.FI, "Osuus"),
                LocalizedText.of(Language.FI, "%"),
                3,
                DataBasis.COLLECTED,
                new Measure.Proportion(
                        new Quantity.Attendance(),
                        new Filter.DimensionIn(Dimension.SECTOR, java.util.List.of("third_sector")),
                        Optional.empty()),
                new Population(java.util.List.of(), java.util.List.of("network_meeting")),
                java.util.List.of(),
                java.util.List.of(),
                "batch/indicators/keko.yaml");
        var sv = new MethodFigures(new ReportTexts(ReportLanguage.SV, SuppressionRule.DEFAULT));
        assertThat(fi.indicator(definition).rule())
                .isEqualTo("osuus: osallistumiset, joissa sector on [third_sector]; tilaisuustyypit: network_meeting");
        assertThat(sv.indicator(definition).rule())
                .isEqualTo("andel: deltaganden där sector är [third_sector]; evenemangstyper: network_meeting");
        assertThat(en.indicator(definition).rule()).startsWith("share of attendance with sector in [third_sector]");
        for (var method : java.util.List.of(fi, sv, en)) {
            assertThat(method.indicator(definition).source())
                    .endsWith("third_sector_share")
                    .doesNotContain("/")
                    .doesNotContain(".yaml");
        }
    }

    @Test
    void saysWhenItIsTheFirstReportOrNothingChanged() {
        var figures = new ArchivedFigures(NOW, Map.of("keko/events", "0.560"), Map.of());
        assertThat(en.changes(Optional.empty(), figures)).containsExactly("The first report of this definition.");
        assertThat(en.changes(Optional.of(figures), figures)).containsExactly("No changes since the previous report.");
    }
}
