package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.expression.ExpressionEvaluator;
import fi.mittari.questionnaire.expression.Value;
import fi.mittari.yaml.DefinitionProblem;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderChoiceFilterTest {

    private static final String FILE =
            """
            key: places
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Paikat}
            choiceLists:
              municipalities:
                - {value: helsinki, label: {fi: Helsinki}, attributes: {region: uusimaa}}
                - {value: tampere, label: {fi: Tampere}, attributes: {region: pirkanmaa, size: big}}
            questions:
              - key: region
                type: single_choice
                relevant: %s
                label: {fi: "%s"}
                choices:
                  - {value: uusimaa, label: {fi: Uusimaa}}
                  - {value: pirkanmaa, label: {fi: Pirkanmaa}}
              - key: municipality
                type: %s
                choiceFilter: %s
                label: {fi: "%s"}
                choices: municipalities
              - key: later
                type: text
                label: {fi: Myöhemmin}
            """;

    private final QuestionnaireYamlReader reader = new QuestionnaireYamlReader();

    private DefinitionResult read(String relevant, String regionLabel, String type, String filter, String label) {
        return reader.read("p.yaml", FILE.formatted(relevant, regionLabel, type, filter, label));
    }

    private DefinitionResult withFilter(String filter) {
        return read("today() > date('2000-01-01')", "Maakunta", "single_choice", filter, "Kunta");
    }

    private static String onlyMessage(DefinitionResult result) {
        assertThat(result.problems()).hasSize(1);
        return result.problems().get(0).message();
    }

    @Test
    void choicesCarryTheirAttributesAndTheFilterKeepsThoseOfTheRegionAnswered() {
        var result = (DefinitionResult.Accepted) withFilter("choice('region') = region");
        Questionnaire questionnaire = result.questionnaire();
        var municipality =
                (SingleChoiceQuestion) questionnaire.question("municipality").orElseThrow();
        assertThat(municipality.choices().get(1).attributes()).containsEntry("region", "pirkanmaa");
        var filter = questionnaire.rulesOf("municipality").choiceFilter().orElseThrow();

        var evaluator = new ExpressionEvaluator(LocalDate.of(2026, 1, 1));
        Map<String, Value> answers = Map.of("region", new Value.Text("pirkanmaa"));
        assertThat(municipality.choices())
                .filteredOn(choice -> evaluator.keeps(
                        filter, key -> answers.getOrDefault(key, Value.EMPTY), name -> choice.attribute(name)
                                .<Value>map(Value.Text::new)
                                .orElse(Value.EMPTY)))
                .extracting(Choice::value)
                .containsExactly("tampere");
    }

    @Test
    void anUnknownAttributeIsNamedWithTheAttributesThereAre() {
        assertThat(onlyMessage(withFilter("choice('regio') = region")))
                .isEqualTo("the choices have no attribute 'regio'; did you mean 'region'? (attributes: label::fi,"
                        + " region, size, value)");
    }

    @Test
    void aFilterReadsTheChoicesLabelInTheLanguageItNames() {
        var result = (DefinitionResult.Accepted) withFilter("choice('label::fi') = 'Tampere'");
        var municipality = (SingleChoiceQuestion)
                result.questionnaire().question("municipality").orElseThrow();
        var filter =
                result.questionnaire().rulesOf("municipality").choiceFilter().orElseThrow();

        var evaluator = new ExpressionEvaluator(LocalDate.of(2026, 1, 1));
        assertThat(municipality.choices())
                .filteredOn(choice -> evaluator.keeps(filter, key -> Value.EMPTY, name -> choice.attribute(name)
                        .<Value>map(Value.Text::new)
                        .orElse(Value.EMPTY)))
                .extracting(Choice::value)
                .containsExactly("tampere");
        assertThat(onlyMessage(withFilter("choice('label::sv') = 'Tammerfors'")))
                .startsWith("the choices have no attribute 'label::sv'");
    }

    @Test
    void aFilterCanOnlyUseEarlierAnswers() {
        assertThat(onlyMessage(withFilter("choice('size') = later")))
                .contains("refers to 'later', which comes later; a choice filter can only use answers to earlier"
                        + " questions");
    }

    @Test
    void choiceIsOnlyForChoiceFiltersAndChoiceFiltersOnlyForChoiceQuestions() {
        assertThat(onlyMessage(read("choice('region') = 'x'", "Maakunta", "single_choice", "true", "Kunta")))
                .isEqualTo("choice('…') can only be used in a choiceFilter");
        assertThat(read("today() > date('2000-01-01')", "Maakunta", "ranking", "true", "Kunta")
                        .problems())
                .extracting(DefinitionProblem::message)
                .anySatisfy(message -> assertThat(message).contains("choiceFilter"));
    }

    @Test
    void aLabelMayShowAnEarlierAnswerButNotAnUnknownOrLaterOne() {
        assertThat(read("today() > date('2000-01-01')", "Maakunta", "single_choice", "true", "Kunta, ${region}?")
                        .problems())
                .isEmpty();
        assertThat(onlyMessage(
                        read("today() > date('2000-01-01')", "Maakunta", "single_choice", "true", "Kunta, ${regon}?")))
                .isEqualTo("label refers to ${regon}, which is not a question; did you mean 'region'?");
        assertThat(onlyMessage(
                        read("today() > date('2000-01-01')", "Maakunta ${later}", "single_choice", "true", "Kunta")))
                .isEqualTo("label refers to ${later}, which comes later; a text can only show answers to earlier"
                        + " questions");
    }

    @Test
    void anAttributeNameFollowsTheRulesOfKeys() {
        var result = reader.read(
                "p.yaml",
                FILE.formatted("today() > date('2000-01-01')", "M", "single_choice", "true", "K")
                        .replace("attributes: {region: uusimaa}", "attributes: {Region: uusimaa}"));
        assertThat(result.problems())
                .extracting(DefinitionProblem::message)
                .containsExactly("attribute name 'Region' must be lowercase letters, digits and underscores, starting"
                        + " with a letter, and not 'value' (the choice's own value)");
    }
}
