package fi.mittari.indicator.definition;

import static fi.mittari.indicator.definition.IndicatorDefinitionFixture.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checks that need every file: unique codes, known ratio operands, no ratio cycles; a failing file is left out. */
class IndicatorCatalogCheckTest {

    private final IndicatorDefinitionReader reader = new IndicatorDefinitionReader();

    @Test
    void keepsEveryDefinitionOfGoodFilesSortedByCode() {
        var checked = IndicatorCatalogCheck.check(List.of(
                reader.read(
                        "b.yaml",
                        indicator("employment_rate", "ratio: {numerator: employed, denominator: coached}", "")),
                reader.read(
                        "a.yaml",
                        indicator("employed", "distinct_count: persons", "")
                                + indicator("coached", "count: coached_participants", "")
                                        .replace("indicators:\n", ""))));
        assertThat(checked.definitions())
                .extracting(IndicatorDefinition::code)
                .containsExactly("coached", "employed", "employment_rate");
        assertThat(checked.rejectedFiles()).isEmpty();
    }

    @Test
    void rejectsTheLaterFileOfADuplicateCodeNamingBothFilesAndLines() {
        var checked = IndicatorCatalogCheck.check(List.of(
                reader.read("b.yaml", indicator("events", "count: events", "")),
                reader.read("a.yaml", indicator("events", "sum: attendance", ""))));
        assertThat(checked.definitions())
                .extracting(IndicatorDefinition::sourceName)
                .containsExactly("a.yaml");
        assertThat(problems(checked))
                .containsExactly("b.yaml:2:11: indicators[0].code: indicator code 'events' is already defined in"
                        + " a.yaml on line 2; codes are unique across all files");
    }

    @Test
    void rejectsARatioOfAnUnknownIndicatorWithASuggestion() {
        var checked = IndicatorCatalogCheck.check(List.of(
                reader.read("a.yaml", indicator("coached", "count: coached_participants", "")),
                reader.read("b.yaml", indicator("rate", "ratio: {numerator: employed, denominator: coahced}", ""))));
        assertThat(checked.definitions()).extracting(IndicatorDefinition::code).containsExactly("coached");
        assertThat(problems(checked))
                .containsExactly(
                        "b.yaml:9:7: indicators[0].measure: the ratio uses indicator 'employed', which no accepted"
                                + " file defines",
                        "b.yaml:9:7: indicators[0].measure: the ratio uses indicator 'coahced', which no accepted"
                                + " file defines; did you mean 'coached'?");
    }

    @Test
    void rejectsARatioBrokenDownInAWayAnOperandIsNot() {
        var checked = IndicatorCatalogCheck.check(List.of(
                reader.read(
                        "a.yaml",
                        indicator("employed", "distinct_count: persons", "breakdowns: [year, region]")
                                + indicator("coached", "count: coached_participants", "breakdowns: [year]")
                                        .replace("indicators:\n", "")),
                reader.read(
                        "b.yaml",
                        indicator(
                                "rate",
                                "ratio: {numerator: employed, denominator: coached}",
                                "breakdowns: [year, region]"))));
        assertThat(checked.definitions()).extracting(IndicatorDefinition::code).containsExactly("coached", "employed");
        assertThat(problems(checked))
                .containsExactly("b.yaml:10:24: indicators[0].breakdowns[1]: the ratio is broken down by region, but"
                        + " its operand 'coached' is not (its breakdowns: year); a ratio is broken down only as both"
                        + " its operands are");
    }

    @Test
    void rejectsTheFilesOfARatioCycle() {
        var checked = IndicatorCatalogCheck.check(List.of(
                reader.read("a.yaml", indicator("first", "ratio: {numerator: second, denominator: base}", "")),
                reader.read("b.yaml", indicator("second", "ratio: {numerator: first, denominator: base}", "")),
                reader.read("c.yaml", indicator("base", "count: events", ""))));
        assertThat(checked.definitions()).extracting(IndicatorDefinition::code).containsExactly("base");
        assertThat(problems(checked))
                .containsExactly(
                        "a.yaml:9:7: indicators[0].measure: ratios form a cycle: first → second → first; an"
                                + " indicator cannot be computed from itself",
                        "b.yaml:9:7: indicators[0].measure: ratios form a cycle: second → first → second; an"
                                + " indicator cannot be computed from itself");
    }

    @Test
    void leavesOutARatioWhoseOperandsFileWasLeftOut() {
        var checked = IndicatorCatalogCheck.check(List.of(
                reader.read("a.yaml", indicator("coached", "count: coached_participants", "")),
                reader.read(
                        "b.yaml",
                        indicator("coached", "count: events", "")
                                + indicator("events", "count: events", "").replace("indicators:\n", "")),
                reader.read("c.yaml", indicator("per_event", "ratio: {numerator: coached, denominator: events}", ""))));
        assertThat(checked.definitions()).extracting(IndicatorDefinition::code).containsExactly("coached");
        assertThat(checked.rejectedFiles()).extracting(IndicatorFile::source).containsExactly("b.yaml", "c.yaml");
        assertThat(problems(checked))
                .contains("c.yaml:9:7: indicators[0].measure: the ratio uses indicator 'events', which no accepted"
                        + " file defines");
    }

    @Test
    void keepsTheProblemsOfAFileRejectedOnItsOwn() {
        var checked = IndicatorCatalogCheck.check(List.of(reader.read("a.yaml", "indicators: {}\n")));
        assertThat(checked.definitions()).isEmpty();
        assertThat(problems(checked)).containsExactly("a.yaml:1:13: indicators: expected a list, found a mapping");
    }

    private static List<String> problems(IndicatorCatalogCheck.CheckedCatalog checked) {
        return checked.files().stream()
                .flatMap(file -> file.problems().stream())
                .map(DefinitionProblem::describe)
                .toList();
    }
}
