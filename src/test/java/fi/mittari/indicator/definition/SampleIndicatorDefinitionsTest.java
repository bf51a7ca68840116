package fi.mittari.indicator.definition;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.ShippedCodeLists;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The definitions shipped in batch/indicators/ read without a problem, together, and say what docs/domain.md's list of
 * figures needs; every concept, questionnaire and choice value they name is asked in surveys/.
 */
class SampleIndicatorDefinitionsTest {

    private static final IndicatorCatalogCheck.CheckedCatalog SHIPPED =
            IndicatorCatalogCheck.check(files("batch/indicators").stream()
                    .map(file -> new IndicatorDefinitionReader().read(file.toString(), read(file)))
                    .toList());

    private static final Map<String, Questionnaire> SURVEYS = files("surveys").stream()
            .map(file -> (DefinitionResult.Accepted) ShippedCodeLists.reader().read(file.toString(), read(file)))
            .map(DefinitionResult.Accepted::questionnaire)
            .collect(Collectors.toMap(Questionnaire::key, Function.identity()));

    @Test
    void everyShippedFileReadsWithoutProblems() {
        assertThat(SHIPPED.files())
                .extracting(IndicatorFile::source)
                .containsExactly("batch/indicators/coaching.yaml", "batch/indicators/keko.yaml");
        assertThat(SHIPPED.files()).flatExtracting(IndicatorFile::problems).isEmpty();
    }

    @Test
    void everyFigureOfTheDomainTableHasItsDefinition() {
        assertThat(measure("actors_met"))
                .isEqualTo(new Measure.DistinctCount(Measure.DistinctUnit.ORGANISATIONS, Optional.empty()));
        assertThat(measure("events")).isEqualTo(new Measure.Count(Measure.CountedUnit.EVENTS, Optional.empty()));
        assertThat(measure("participants")).isEqualTo(new Measure.Sum(new Quantity.Attendance()));
        assertThat(measure("participants_per_event"))
                .isEqualTo(new Measure.Summary(Measure.Statistic.MEAN, new Quantity.Attendance()));
        assertThat(measure("largest_event"))
                .isEqualTo(new Measure.Summary(Measure.Statistic.MAX, new Quantity.Attendance()));
        assertThat(measure("third_sector_share"))
                .isEqualTo(new Measure.Proportion(
                        new Quantity.Attendance(),
                        new Filter.DimensionIn(Dimension.SECTOR, List.of("third_sector")),
                        Optional.empty()));
        assertThat(measure("found_new_partners"))
                .isEqualTo(new Measure.Proportion(
                        new Quantity.Respondents(),
                        new Filter.AnswerIn("outcome.new_partners", List.of("yes")),
                        Optional.empty()));
        assertThat(definition("network_organisations").breakdowns())
                .contains(new Breakdown.ByDimension(Dimension.SECTOR));
        assertThat(measure("coached"))
                .isEqualTo(new Measure.Count(Measure.CountedUnit.COACHED_PARTICIPANTS, Optional.empty()));
        // the coached whose last follow-up says they are in work (docs/indicators.md)
        assertThat(measure("employed"))
                .isEqualTo(new Measure.Count(
                        Measure.CountedUnit.COACHED_PARTICIPANTS,
                        Optional.of(new Filter.AnswerIn(
                                "outcome.employment_status", List.of("open_labour_market", "wage_subsidised")))));
        assertThat(measure("employment_rate")).isEqualTo(new Measure.Ratio("employed", "coached"));
        assertThat(measure("work_ability_change"))
                .isEqualTo(new Measure.PairedChange("outcome.work_ability", "coaching-baseline", "coaching-followup"));
        assertThat(measure("regional_networks"))
                .isEqualTo(new Measure.DistinctCount(Measure.DistinctUnit.NETWORKS, Optional.empty()));
        assertThat(definition("regional_networks").targetFor("keko"))
                .contains(new Target("keko", new java.math.BigDecimal("10"), Optional.of(java.math.BigDecimal.ZERO)));
    }

    @Test
    void theConceptsQuestionnairesAndChoiceValuesNamedAreAskedInSurveys() {
        for (IndicatorDefinition definition : SHIPPED.definitions()) {
            definition.population().questionnaires().forEach(key -> assertThat(SURVEYS)
                    .containsKey(key));
            if (definition.measure() instanceof Measure.PairedChange change) {
                assertThat(question(change.baselineQuestionnaire(), change.concept()))
                        .isPresent();
                assertThat(question(change.followupQuestionnaire(), change.concept()))
                        .isPresent();
                assertThat(question(change.followupQuestionnaire(), "id.participant"))
                        .isPresent();
            }
        }
        assertThat(choiceValues("keko-impact", "outcome.new_partners")).contains("yes");
        assertThat(choiceValues("coaching-followup", "outcome.employment_status"))
                .contains("open_labour_market", "wage_subsidised");
        assertThat(question("coaching-followup", "id.participant")).isPresent();
        assertThat(question("keko-impact", "dim.region")).isPresent();
        assertThat(question("keko-impact", "dim.sector")).isPresent();
    }

    private static Measure measure(String code) {
        return definition(code).measure();
    }

    private static IndicatorDefinition definition(String code) {
        return SHIPPED.definitions().stream()
                .filter(d -> d.code().equals(code))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no indicator " + code));
    }

    private static Optional<Question> question(String questionnaire, String concept) {
        return SURVEYS.get(questionnaire).questions().stream()
                .filter(q -> q.classification().concept().equals(concept))
                .findFirst();
    }

    private static List<String> choiceValues(String questionnaire, String concept) {
        return question(questionnaire, concept).orElseThrow().singleAnswerChoices().stream()
                .map(Choice::value)
                .toList();
    }

    private static List<Path> files(String directory) {
        try (Stream<Path> files = Files.list(Path.of(directory))) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
