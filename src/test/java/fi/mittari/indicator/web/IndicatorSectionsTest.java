package fi.mittari.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.engine.StoredIndicatorValue;
import fi.mittari.indicator.statistics.SuppressionRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorSectionsTest {

    private final IndicatorSections sections =
            new IndicatorSections(code -> Optional.empty(), code -> Optional.empty(), new SuppressionRule(5, 10));

    @Test
    void barsAreTheShareOfTheLargestShownValueAndSuppressedGroupsHaveNoneAndNoFigure() {
        var section = sections.of(List.of(
                        value("", "", "40", null),
                        value("sector", "kela", null, "SMALL_COUNT"),
                        value("sector", "te_services", "27", null),
                        value("sector", "company", "9", null)))
                .get(0);
        assertThat(section.value()).isEqualTo("40.00");
        var groups = section.breakdowns().get(0).groups();
        assertThat(groups)
                .extracting(g -> g.label() + " " + g.value() + " " + g.barPercent())
                // 9 / 27 = 33.3 % → 33
                .containsExactly(
                        "kela suppressed (fewer than 5 persons) 0", "te_services 27.00 100", "company 9.00 33");
    }

    @Test
    void eachReasonSaysHowFewPersonsTheRuleProtects() {
        assertThat(sections.suppressed("SMALL_BASE")).isEqualTo("suppressed (fewer than 10 persons)");
        assertThat(sections.suppressed("COMPLEMENTARY"))
                .isEqualTo("suppressed (would reveal a group of fewer than 5 persons)");
        assertThat(IndicatorSections.barPercent(Optional.of(new BigDecimal("-2")), new BigDecimal("8")))
                .isEqualTo(25);
        assertThat(IndicatorSections.barPercent(Optional.of(BigDecimal.ZERO), BigDecimal.ZERO))
                .isZero();
    }

    private static StoredIndicatorValue value(String breakdown, String group, String figure, String reason) {
        return new StoredIndicatorValue(
                "p",
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31),
                "participants",
                breakdown,
                group,
                Optional.empty(),
                Optional.ofNullable(figure).map(BigDecimal::new),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                reason != null,
                Optional.ofNullable(reason),
                Instant.EPOCH,
                1);
    }
}
