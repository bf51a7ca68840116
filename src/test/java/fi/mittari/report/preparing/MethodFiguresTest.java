package fi.mittari.report.preparing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.statistics.SuppressionRule;
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
    void saysWhenItIsTheFirstReportOrNothingChanged() {
        var figures = new ArchivedFigures(NOW, Map.of("keko/events", "0.560"), Map.of());
        assertThat(en.changes(Optional.empty(), figures)).containsExactly("The first report of this definition.");
        assertThat(en.changes(Optional.of(figures), figures)).containsExactly("No changes since the previous report.");
    }
}
