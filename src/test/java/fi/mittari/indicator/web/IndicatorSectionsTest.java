package fi.mittari.indicator.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.engine.StoredIndicatorValue;
import fi.mittari.questionnaire.Language;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorSectionsTest {

    /** Names a group by its key in capitals, and a breakdown by "by " and its key, in any language. */
    private static final IndicatorSections.Names NAMES = new IndicatorSections.Names() {
        @Override
        public String breakdown(String key, Language language) {
            return "by " + key;
        }

        @Override
        public String group(String breakdownKey, String groupKey, Optional<String> stored, Language language) {
            return groupKey.toUpperCase(java.util.Locale.ROOT);
        }
    };

    private final IndicatorSections sections =
            new IndicatorSections(code -> Optional.empty(), code -> Optional.empty(), NAMES, Language.FI);

    @Test
    void barsAreTheShareOfTheLargestShownValueAndSuppressedGroupsHaveNoneAndNoFigure() {
        var section = sections.of(List.of(
                        value("", "", "40", null),
                        value("sector", "kela", null, "SMALL_COUNT"),
                        value("sector", "te_services", "27", null),
                        value("sector", "company", "9", null)))
                .get(0);
        assertThat(section.total().value()).isEqualByComparingTo("40");
        var table = section.breakdowns().get(0);
        assertThat(table.name()).isEqualTo("by sector");
        assertThat(table.groups())
                .extracting(g ->
                        g.label() + " " + g.figure().value() + " " + g.figure().suppressed() + " " + g.bar())
                // 9 / 27 = 33.3 % → 34 in steps of 2
                .containsExactly("KELA null SMALL_COUNT 0", "TE_SERVICES 27  100", "COMPANY 9  34");
    }

    @Test
    void barsGoInStepsOfTwoPercentOfTheLargestAbsoluteValue() {
        assertThat(IndicatorSections.bar(Optional.of(new BigDecimal("-2")), new BigDecimal("8")))
                .isEqualTo(26);
        assertThat(IndicatorSections.bar(Optional.of(BigDecimal.ZERO), BigDecimal.ZERO))
                .isZero();
    }

    @Test
    void aShareKeepsItsFractionAndIntervalForThePageToShowAsPercentages() {
        var figure = IndicatorSections.figure(
                new StoredIndicatorValue(
                        "p",
                        LocalDate.of(2026, 1, 1),
                        LocalDate.of(2026, 12, 31),
                        "found_new_partners",
                        "",
                        "",
                        Optional.empty(),
                        Optional.of(new BigDecimal("0.530")),
                        Optional.of(100L),
                        Optional.of(53L),
                        Optional.of(100L),
                        Optional.of(new BigDecimal("0.433")),
                        Optional.of(new BigDecimal("0.625")),
                        Optional.empty(),
                        false,
                        Optional.empty(),
                        Instant.EPOCH,
                        1),
                3,
                true);
        assertThat(figure.share()).isTrue();
        assertThat(figure.percentDecimals()).isEqualTo(1);
        assertThat(figure.lowPercent()).isEqualByComparingTo("43.3");
        assertThat(figure.highPercent()).isEqualByComparingTo("62.5");
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
