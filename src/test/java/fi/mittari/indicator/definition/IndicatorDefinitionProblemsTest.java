package fi.mittari.indicator.definition;

import static fi.mittari.indicator.definition.IndicatorDefinitionFixture.indicator;
import static fi.mittari.indicator.definition.IndicatorDefinitionFixture.withMeasure;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each mistake an author can make is reported at its line and column with the path and what to write instead, and a
 * file with any error yields no definitions. (The fixture's measure starts on line 9, column 7; extra properties of the
 * indicator follow at column 5.)
 */
class IndicatorDefinitionProblemsTest {

    private final IndicatorDefinitionReader reader = new IndicatorDefinitionReader();

    @Test
    void refusesAnUnknownCountedUnitWithTheChoices() {
        assertThat(problems(withMeasure("count: meetings")))
                .containsExactly("t.yaml:9:14: indicators[0].measure.count: expected events or responses or"
                        + " coached_participants, found 'meetings'");
    }

    @Test
    void suggestsTheKindMeantByAMisspeltOne() {
        assertThat(problems(withMeasure("conut: events")))
                .containsExactly(
                        "t.yaml:9:7: indicators[0].measure.conut: unknown property 'conut'; did you mean 'count'?",
                        "t.yaml:9:7: indicators[0].measure: a measure needs one of count, distinct_count, sum, mean,"
                                + " median, min, max, proportion, ratio, paired_change");
    }

    @Test
    void refusesTwoKindsInOneMeasure() {
        assertThat(problems(withMeasure("count: events\nsum: attendance")))
                .containsExactly("t.yaml:9:7: indicators[0].measure: a measure has one kind, found count and sum");
    }

    @Test
    void refusesAStatisticOfRespondents() {
        assertThat(problems(withMeasure("mean: respondents")))
                .containsExactly("t.yaml:9:13: indicators[0].measure.mean: respondents have no value per event or"
                        + " response to take the mean of; count them with count: responses, or use {answer: concept}"
                        + " for a number answer");
    }

    @Test
    void refusesWhereOnCountsOtherThanResponsesAndPersons() {
        assertThat(problems(withMeasure("count: events\nwhere: {answer: outcome.new_partners, in: [\"yes\"]}")))
                .containsExactly("t.yaml:10:14: indicators[0].measure.where: 'where' applies only to count: responses,"
                        + " count: coached_participants and distinct_count: persons, not to this count");
        assertThat(problems(withMeasure("distinct_count: organisations\nwhere: {sector: [company]}")))
                .containsExactly("t.yaml:10:14: indicators[0].measure.where: 'where' applies only to count: responses,"
                        + " count: coached_participants and distinct_count: persons, not to this distinct_count");
        assertThat(problems(withMeasure("sum: attendance\nwhere: {sector: [company]}")))
                .containsExactly("t.yaml:10:14: indicators[0].measure.where: 'where' applies only to count: responses,"
                        + " count: coached_participants and distinct_count: persons");
    }

    @Test
    void refusesABadConceptInACondition() {
        assertThat(problems(withMeasure("proportion: respondents\nnumerator: {answer: New_Partners, in: [\"yes\"]}")))
                .containsExactly("t.yaml:10:27: indicators[0].measure.numerator.answer: 'New_Partners' is not a"
                        + " concept: dot-separated parts of lowercase letters, digits and underscores, like"
                        + " outcome.new_partners (the concept: of a question in surveys/)");
    }

    @Test
    void refusesAnswerConditionsOnAttendance() {
        assertThat(problems(withMeasure(
                        "proportion: attendance\nnumerator: {answer: outcome.new_partners, in: [\"yes\"]}")))
                .containsExactly("t.yaml:10:18: indicators[0].measure.numerator: attendance is shared out by sector,"
                        + " region or event_type, not by answers; for answers use proportion: respondents");
    }

    @Test
    void refusesAConditionThatMixesInAndBoundsOrNamesTwoThings() {
        assertThat(problems(
                        withMeasure("count: responses\nwhere: {answer: outcome.work_ability, in: [\"3\"], min: 1}")))
                .containsExactly("t.yaml:10:49: indicators[0].measure.where.in: 'in' (answer is one of) and"
                        + " 'min'/'max' (number answer between) do not go together");
        assertThat(problems(withMeasure("count: responses\nwhere: {sector: [company], region: [lappi]}")))
                .containsExactly("t.yaml:10:14: indicators[0].measure.where: a condition is on one thing: an answer,"
                        + " or one of sector, region, event_type; found sector and region");
        assertThat(problems(withMeasure("count: responses\nwhere: {answer: outcome.work_ability, min: 8, max: 2}")))
                .containsExactly("t.yaml:10:58: indicators[0].measure.where.max: max 2 is below min 8");
    }

    @Test
    void refusesADimensionConditionWrittenAsASingleValue() {
        assertThat(problems(withMeasure("proportion: attendance\nnumerator: {sector: third_sector}")))
                .containsExactly("t.yaml:10:27: indicators[0].measure.numerator.sector: expected a list, like"
                        + " [third_sector]; found a single value");
    }

    @Test
    void refusesARatioOfAnIndicatorToItself() {
        assertThat(problems(withMeasure("ratio: {numerator: coached, denominator: coached}")))
                .containsExactly(
                        "t.yaml:9:14: indicators[0].measure.ratio: a ratio of an indicator to itself is always 1");
    }

    @Test
    void refusesAPairedChangeWithinOneQuestionnaire() {
        assertThat(problems(withMeasure("paired_change: {concept: outcome.work_ability, baseline: a, followup: a}")))
                .containsExactly("t.yaml:9:22: indicators[0].measure.paired_change: baseline and followup must be"
                        + " different questionnaires");
    }

    @Test
    void refusesABadCodeAndSaysTheRule() {
        assertThat(problems(indicator("Third-Share", "count: events", "")))
                .containsExactly("t.yaml:2:11: indicators[0].code: 'Third-Share' is not an indicator code: lowercase"
                        + " letters, digits and underscores, starting with a letter");
    }

    @Test
    void refusesAnUnknownBreakdownWithASuggestion() {
        assertThat(problems(indicator("events", "count: events", "breakdowns: [regoin, \"choice:Region\"]")))
                .containsExactly(
                        "t.yaml:10:18: indicators[0].breakdowns[0]: unknown breakdown 'regoin'; known are project,"
                                + " event, event_type, region, sector, month, quarter, year and choice:<concept>;"
                                + " did you mean 'region'?",
                        "t.yaml:10:26: indicators[0].breakdowns[1]: 'Region' is not a concept: dot-separated parts of"
                                + " lowercase letters, digits and underscores, like outcome.new_partners (the concept:"
                                + " of a question in surveys/)");
    }

    @Test
    void refusesABadTargetProjectAndASecondTargetForAProject() {
        assertThat(problems(indicator("events", "count: events", "targets: [{project: KeKo, value: 5}]")))
                .containsExactly("t.yaml:10:25: indicators[0].targets[0].project: 'KeKo' is not a project code"
                        + " (lowercase letters, digits, hyphens and underscores)");
        assertThat(problems(indicator(
                        "events", "count: events", "targets: [{project: keko, value: 5}, {project: keko, value: 6}]")))
                .containsExactly("t.yaml:10:42: indicators[0].targets[1]: a second target for project 'keko'");
        assertThat(problems(indicator("events", "count: events", "targets: [{project: keko, value: many}]")))
                .containsExactly("t.yaml:10:38: indicators[0].targets[0].value: expected a number like 50 or 0.27,"
                        + " found 'many'");
    }

    @Test
    void refusesBreakdownsTheCoachingRegisterDoesNotHave() {
        assertThat(problems(indicator(
                        "coached", "count: coached_participants", "breakdowns: [region, year, event, sector]")))
                .containsExactly(
                        "t.yaml:10:18: indicators[0].breakdowns[0]: coached participants have no region; they can be"
                                + " broken down only by project, month, quarter, year or choice:<concept>",
                        "t.yaml:10:32: indicators[0].breakdowns[2]: coached participants have no event; they can be"
                                + " broken down only by project, month, quarter, year or choice:<concept>",
                        "t.yaml:10:39: indicators[0].breakdowns[3]: coached participants have no sector; they can be"
                                + " broken down only by project, month, quarter, year or choice:<concept>");
    }

    @Test
    void refusesASectorBreakdownOfResponsesAndAChoiceBreakdownOfEvents() {
        assertThat(problems(indicator("responses", "count: responses", "breakdowns: [region, sector]")))
                .containsExactly("t.yaml:10:26: indicators[0].breakdowns[1]: responses have no sector; they can be"
                        + " broken down only by project, event, event_type, region, month, quarter, year or"
                        + " choice:<concept>");
        assertThat(problems(indicator("events", "count: events", "breakdowns: [\"choice:dim.region\"]")))
                .containsExactly("t.yaml:10:18: indicators[0].breakdowns[0]: events have no answers to break them"
                        + " down by dim.region; they can be broken down only by project, event, event_type, region,"
                        + " month, quarter or year");
        assertThat(problems(indicator("actors", "distinct_count: organisations", "breakdowns: [\"choice:dim.x\"]")))
                .singleElement()
                .asString()
                .startsWith("t.yaml:10:18: indicators[0].breakdowns[0]: organisations at events have no answers");
    }

    @Test
    void refusesAnyBreakdownOfAPairedChangeButTheProject() {
        assertThat(problems(indicator(
                        "change",
                        "paired_change: {concept: outcome.work_ability, baseline: a, followup: b}",
                        "breakdowns: [project, year]")))
                .containsExactly("t.yaml:10:27: indicators[0].breakdowns[1]: paired answers have no month, quarter or"
                        + " year; they can be broken down only by project");
    }

    @Test
    void refusesASectorConditionOnResponses() {
        assertThat(problems(withMeasure("count: responses\nwhere: {sector: [company]}")))
                .containsExactly("t.yaml:10:23: indicators[0].measure.where.sector: responses have no sector to set a"
                        + " condition on");
        assertThat(problems(withMeasure("proportion: respondents\nnumerator: {sector: [third_sector]}")))
                .containsExactly("t.yaml:10:27: indicators[0].measure.numerator.sector: responses have no sector to"
                        + " set a condition on");
    }

    @Test
    void refusesAPopulationTheRecordsCannotBeNarrowedBy() {
        assertThat(problems(
                        indicator("coached", "count: coached_participants", "population: {event_types: [training]}")))
                .containsExactly("t.yaml:10:31: indicators[0].population.event_types: coached participants belong to"
                        + " no event; population.event_types cannot narrow them");
        assertThat(problems(indicator("events", "count: events", "population: {questionnaires: [keko-impact]}")))
                .containsExactly("t.yaml:10:34: indicators[0].population.questionnaires: events are not answers to"
                        + " questionnaires; population.questionnaires narrows answer-based measures only");
        assertThat(problems(indicator(
                        "rate",
                        "ratio: {numerator: employed, denominator: coached}",
                        "population: {event_types: [training]}")))
                .containsExactly("t.yaml:10:17: indicators[0].population: a ratio has no records of its own to"
                        + " narrow; give its operands the population");
    }

    @Test
    void refusesAShareTargetOutsideZeroToHundredPerCent() {
        assertThat(problems(indicator(
                        "share",
                        "proportion: attendance\nnumerator: {sector: [third_sector]}",
                        "targets: [{project: keko, value: 150, baseline: -5}]")))
                .containsExactly(
                        "t.yaml:11:38: indicators[0].targets[0].value: a share's value is a percentage from 0 to 100"
                                + " (value: 60 is 60 %), found 150",
                        "t.yaml:11:53: indicators[0].targets[0].baseline: a share's baseline is a percentage from 0 to"
                                + " 100 (value: 60 is 60 %), found -5");
    }

    @Test
    void refusesDecimalsOutsideZeroToSixAndAnUnknownBasis() {
        String yaml = indicator("events", "count: events", "")
                .replace("decimals: 0", "decimals: 7")
                .replace("basis: collected", "basis: counted");
        assertThat(problems(yaml))
                .containsExactly(
                        "t.yaml:6:15: indicators[0].decimals: decimals must be 0–6, found 7",
                        "t.yaml:7:12: indicators[0].basis: basis must be collected (all cases counted), sample (a"
                                + " survey sample) or estimate, found 'counted'");
    }

    @Test
    void requiresNamesAndDefinitionsInFinnishSwedishAndEnglish() {
        String yaml = indicator("events", "count: events", "")
                .replace("name: {fi: Nimi, sv: Namn, en: Name}", "name: {fi: Nimi, en: Name}")
                .replace("    definition: {fi: Määritelmä, sv: Definition, en: Definition}\n", "");
        assertThat(problems(yaml))
                .containsExactly(
                        "t.yaml:2:5: indicators[0]: missing required property 'definition'",
                        "t.yaml:3:11: indicators[0].name: missing Swedish (sv) name; indicators are reported in"
                                + " Finnish, Swedish and English");
    }

    @Test
    void refusesUnknownPropertiesWithASuggestion() {
        assertThat(problems(indicator("events", "count: events", "breakdown: [region]")))
                .containsExactly("t.yaml:10:5: indicators[0].breakdown: unknown property 'breakdown'; did you mean"
                        + " 'breakdowns'?");
    }

    @Test
    void refusesAFileWithoutAListOfIndicators() {
        assertThat(problems("indicator:\n  - code: events\n"))
                .containsExactly(
                        "t.yaml:1:1: indicator: unknown property 'indicator'; did you mean 'indicators'?",
                        "t.yaml:1:1: missing required property 'indicators'");
        assertThat(problems("indicators: []\n"))
                .containsExactly("t.yaml:1:13: indicators: the list is empty; a file defines at least one indicator");
        assertThat(problems("indicators:\n  - code: [events\n"))
                .singleElement()
                .asString()
                .startsWith("t.yaml:3:1: not valid YAML");
    }

    @Test
    void refusesACodeDefinedTwiceInAFileAndPointsAtTheFirst() {
        String yaml = indicator("events", "count: events", "")
                + indicator("events", "sum: attendance", "").replace("indicators:\n", "");
        assertThat(problems(yaml))
                .containsExactly(
                        "t.yaml:10:11: indicators[1].code: indicator code 'events' is already defined on" + " line 2");
    }

    @Test
    void rejectsTheWholeFileWhenOneIndicatorIsWrong() {
        String yaml = indicator("events", "count: events", "")
                + indicator("broken", "count: meetings", "").replace("indicators:\n", "");
        IndicatorFile file = reader.read("t.yaml", yaml);
        assertThat(file.rejected()).isTrue();
        assertThat(file.definitions()).isEmpty();
    }

    private List<String> problems(String yaml) {
        IndicatorFile file = reader.read("t.yaml", yaml);
        assertThat(file.definitions()).isEmpty();
        return file.problems().stream().map(DefinitionProblem::describe).toList();
    }
}
