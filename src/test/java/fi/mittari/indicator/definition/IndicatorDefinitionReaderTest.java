package fi.mittari.indicator.definition;

import static fi.mittari.indicator.definition.IndicatorDefinitionFixture.indicator;
import static fi.mittari.indicator.definition.IndicatorDefinitionFixture.withMeasure;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Language;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of measure and every optional part read into the records the aggregation job works from. */
class IndicatorDefinitionReaderTest {

    private final IndicatorDefinitionReader reader = new IndicatorDefinitionReader();

    @Test
    void readsAWholeIndicatorWithItsLocation() {
        IndicatorFile file = reader.read(
                "keko.yaml",
                indicator(
                        "third_sector_share",
                        """
                        proportion: attendance
                        numerator: {sector: [third_sector]}
                        denominator: {event_type: [network_meeting, training]}""",
                        """
                        population: {event_types: [network_meeting]}
                        breakdowns: [region, event_type, month, sector]
                        targets: [{project: keko, value: 50, baseline: 40.5}, {project: vates, value: 60}]"""));

        assertThat(file.problems()).isEmpty();
        LocatedDefinition located = file.definitions().get(0);
        IndicatorDefinition definition = located.definition();
        assertThat(definition.code()).isEqualTo("third_sector_share");
        assertThat(definition.name().get(Language.SV)).contains("Namn");
        assertThat(definition.unit().get(Language.EN)).contains("pcs");
        assertThat(definition.basis()).isEqualTo(DataBasis.COLLECTED);
        assertThat(definition.sourceName()).isEqualTo("keko.yaml");
        assertThat(definition.measure())
                .isEqualTo(new Measure.Proportion(
                        new Quantity.Attendance(),
                        new Filter.DimensionIn(Dimension.SECTOR, List.of("third_sector")),
                        Optional.of(
                                new Filter.DimensionIn(Dimension.EVENT_TYPE, List.of("network_meeting", "training")))));
        assertThat(definition.population()).isEqualTo(new Population(List.of(), List.of("network_meeting")));
        assertThat(definition.breakdowns())
                .containsExactly(
                        new Breakdown.ByDimension(Dimension.REGION),
                        new Breakdown.ByDimension(Dimension.EVENT_TYPE),
                        new Breakdown.ByPeriod(Breakdown.Granularity.MONTH),
                        new Breakdown.ByDimension(Dimension.SECTOR));
        assertThat(definition.targets())
                .containsExactly(
                        // a share's targets are written in per cent and kept as the fraction the share is stored as
                        new Target("keko", new BigDecimal("0.50"), Optional.of(new BigDecimal("0.405"))),
                        new Target("vates", new BigDecimal("0.60"), Optional.empty()));
        assertThat(located.code()).isEqualTo(new LocatedDefinition.Location(2, 11, "indicators[0].code"));
        assertThat(located.measure()).isEqualTo(new LocatedDefinition.Location(9, 7, "indicators[0].measure"));
    }

    @Test
    void leavesOutOptionalPartsAsNothing() {
        IndicatorDefinition definition = only(
                """
                indicators:
                  - code: events
                    name: {fi: Tilaisuudet, sv: Evenemang, en: Events}
                    definition: {fi: Tilaisuudet, sv: Evenemang, en: Events}
                    basis: estimate
                    measure: {count: events}
                """);
        assertThat(definition.unit().isEmpty()).isTrue();
        assertThat(definition.decimals()).isZero();
        assertThat(definition.basis()).isEqualTo(DataBasis.ESTIMATE);
        assertThat(definition.population()).isEqualTo(Population.everything());
        assertThat(definition.breakdowns()).isEmpty();
        assertThat(definition.targets()).isEmpty();
    }

    @Test
    void readsCountsWithAndWithoutWhere() {
        assertThat(measureOf("count: coached_participants"))
                .isEqualTo(new Measure.Count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.empty()));
        assertThat(measureOf("count: responses\nwhere: {answer: outcome.usefulness, min: 4}"))
                .isEqualTo(new Measure.Count(
                        Measure.CountedUnit.RESPONSES,
                        Optional.of(new Filter.AnswerBetween(
                                "outcome.usefulness", Optional.of(new BigDecimal("4")), Optional.empty()))));
        assertThat(measureOf("distinct_count: organisations"))
                .isEqualTo(new Measure.DistinctCount(Measure.DistinctUnit.ORGANISATIONS, Optional.empty()));
        assertThat(measureOf(
                        "distinct_count: persons\nwhere: {answer: outcome.employment_status, in: [wage_subsidised]}"))
                .isEqualTo(new Measure.DistinctCount(
                        Measure.DistinctUnit.PERSONS,
                        Optional.of(new Filter.AnswerIn("outcome.employment_status", List.of("wage_subsidised")))));
    }

    @ParameterizedTest
    @CsvSource({"mean, MEAN", "median, MEDIAN", "min, MIN", "max, MAX"})
    void readsEachStatisticOfAttendanceAndOfANumberAnswer(String word, Measure.Statistic statistic) {
        assertThat(measureOf(word + ": attendance"))
                .isEqualTo(new Measure.Summary(statistic, new Quantity.Attendance()));
        assertThat(measureOf(word + ": {answer: outcome.hours_per_week}"))
                .isEqualTo(new Measure.Summary(statistic, new Quantity.AnswerNumber("outcome.hours_per_week")));
    }

    @Test
    void readsSumsProportionsRatiosAndPairedChange() {
        assertThat(measureOf("sum: attendance")).isEqualTo(new Measure.Sum(new Quantity.Attendance()));
        assertThat(measureOf("sum: {answer: outcome.hours_per_week}"))
                .isEqualTo(new Measure.Sum(new Quantity.AnswerNumber("outcome.hours_per_week")));
        assertThat(measureOf("proportion: respondents\nnumerator: {answer: outcome.new_partners, in: [\"yes\"]}\n"
                        + "denominator: {answer: outcome.new_partners, in: [\"yes\", \"no\"]}"))
                .isEqualTo(new Measure.Proportion(
                        new Quantity.Respondents(),
                        new Filter.AnswerIn("outcome.new_partners", List.of("yes")),
                        Optional.of(new Filter.AnswerIn("outcome.new_partners", List.of("yes", "no")))));
        assertThat(measureOf("ratio: {numerator: employed, denominator: coached}"))
                .isEqualTo(new Measure.Ratio("employed", "coached"));
        assertThat(
                        measureOf(
                                "paired_change: {concept: outcome.work_ability, baseline: coaching-baseline, followup: coaching-followup}"))
                .isEqualTo(new Measure.PairedChange("outcome.work_ability", "coaching-baseline", "coaching-followup"));
    }

    @Test
    void readsNumberRangesAndRegionConditions() {
        assertThat(measureOf("count: responses\nwhere: {answer: outcome.work_ability, min: 0.5, max: 7}"))
                .isEqualTo(new Measure.Count(
                        Measure.CountedUnit.RESPONSES,
                        Optional.of(new Filter.AnswerBetween(
                                "outcome.work_ability",
                                Optional.of(new BigDecimal("0.5")),
                                Optional.of(new BigDecimal("7"))))));
        assertThat(measureOf("proportion: attendance\nnumerator: {region: [uusimaa, kanta-hame]}"))
                .isEqualTo(new Measure.Proportion(
                        new Quantity.Attendance(),
                        new Filter.DimensionIn(Dimension.REGION, List.of("uusimaa", "kanta-hame")),
                        Optional.empty()));
    }

    @Test
    void readsSeveralIndicatorsInFileOrder() {
        IndicatorFile file = reader.read(
                "two.yaml",
                indicator("first", "count: events", "")
                        + """
                  - code: second
                    name: {fi: Toinen, sv: Andra, en: Second}
                    definition: {fi: Toinen, sv: Andra, en: Second}
                    basis: sample
                    measure: {sum: attendance}
                """);
        assertThat(file.problems()).isEmpty();
        assertThat(file.definitions()).extracting(d -> d.definition().code()).containsExactly("first", "second");
        assertThat(file.definitions().get(1).code().line()).isEqualTo(10);
    }

    private Measure measureOf(String measureLines) {
        return only(withMeasure(measureLines)).measure();
    }

    private IndicatorDefinition only(String yaml) {
        IndicatorFile file = reader.read("test.yaml", yaml);
        assertThat(file.problems()).isEmpty();
        assertThat(file.definitions()).hasSize(1);
        return file.definitions().get(0).definition();
    }
}
