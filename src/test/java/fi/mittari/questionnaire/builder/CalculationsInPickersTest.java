package fi.mittari.questionnaire.builder;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.CodeListSnapshot;
import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.questionnaire.builder.ExpressionInput.Written;
import fi.mittari.questionnaire.expression.ExpressionProblem;
import fi.mittari.questionnaire.expression.ValueType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A calculation is offered in pickers as the reader types its value: by its result's type, as a question of it is. */
class CalculationsInPickersTest {

    private static final String YAML =
            """
            key: calculations
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Laskut}
            questions:
              - key: hours
                type: number
                label: {fi: Tunnit}
              - key: name
                type: text
                label: {fi: Nimi}
              - key: doubled
                type: calculate
                label: {fi: Tuplana}
                calculation: hours * 2
              - key: greeting
                type: calculate
                label: {fi: Tervehdys}
                calculation: concat('Hei ', name)
              - key: adult
                type: calculate
                label: {fi: Täysi-ikäinen}
                calculation: hours >= 18
              - key: feedback
                type: text
                label: {fi: Palaute}
            """;

    private static PickerScope feedbackCondition(QuestionnaireLayout layout) {
        return PickerScope.condition(layout.questions(), "feedback");
    }

    private static QuestionnaireLayout ofDocument(String yaml) {
        return QuestionnaireLayout.of(
                ((DocumentReading.Read) QuestionnaireDocument.read(yaml)).document(), CodeListSnapshot.NONE);
    }

    private static QuestionnaireLayout ofAccepted(String yaml) {
        DefinitionResult read = new QuestionnaireYamlReader().read("calculations.yaml", yaml);
        assertThat(read).as(() -> read.problems().toString()).isInstanceOf(DefinitionResult.Accepted.class);
        return QuestionnaireLayout.of(((DefinitionResult.Accepted) read).questionnaire());
    }

    @Test
    void aNumericCalculationIsComparedAsANumberQuestionIs() {
        for (QuestionnaireLayout layout : new QuestionnaireLayout[] {ofDocument(YAML), ofAccepted(YAML)}) {
            PickerScope scope = feedbackCondition(layout);
            PickerSubject doubled = scope.subject("doubled").orElseThrow();

            assertThat(doubled.type()).isEqualTo(ValueType.NUMBER);
            assertThat(doubled.numeric()).isTrue();
            assertThat(doubled.comparisons())
                    .isEqualTo(scope.subject("hours").orElseThrow().comparisons());
        }
    }

    @Test
    void aTextCalculationIsAnsweredOrNotAndHasALengthAsATextQuestionHas() {
        for (QuestionnaireLayout layout : new QuestionnaireLayout[] {ofDocument(YAML), ofAccepted(YAML)}) {
            PickerScope scope = feedbackCondition(layout);

            assertThat(scope.subject("greeting").orElseThrow().comparisons())
                    .isEqualTo(scope.subject("name").orElseThrow().comparisons())
                    .containsExactly(Comparison.ANSWERED, Comparison.NOT_ANSWERED);
            assertThat(scope.subject("length(greeting)").orElseThrow().numeric())
                    .isTrue();
        }
    }

    @Test
    void everyCalculationBeforeTheQuestionIsOfferedInItsPlace() {
        assertThat(feedbackCondition(ofDocument(YAML)).subjects())
                .extracting(PickerSubject::text)
                .containsExactly("hours", "name", "length(name)", "doubled", "greeting", "length(greeting)", "adult");
        assertThat(PickerScope.condition(ofDocument(YAML).questions(), "greeting")
                        .subjects())
                .extracting(PickerSubject::text)
                .doesNotContain("greeting", "adult");
    }

    @Test
    void aPickedComparisonOfACalculationIsWrittenAndAcceptedLikeAnyOther() {
        ExpressionInput made = ExpressionFields.from(
                Map.of(
                        "relevant.mode", "pick",
                        "relevant.subject", "doubled",
                        "relevant.comparison", "gt",
                        "relevant.number", "10"),
                "relevant",
                feedbackCondition(ofDocument(YAML)));

        assertThat(made).isEqualTo(new Written("doubled > 10"));
    }

    @Test
    void aFreeExpressionUsingACalculationIsCheckedByTheTypeOfItsValue() {
        PickerScope scope = feedbackCondition(ofDocument(YAML));

        assertThat(scope.check("doubled > 10 and adult")).isEmpty();
        assertThat(scope.check("greeting > 10"))
                .extracting(ExpressionProblem::message)
                .isNotEmpty()
                .noneMatch(message -> message.contains("unknown question"));
    }

    @Test
    void aCalculationOfAChoiceHasNoChoicesToPickFromSoIsOnlyAnsweredOrNot() {
        PickerQuestion copied =
                new PickerQuestion("copied", "calculate", 0, Map.of(), List.of(), Optional.of(ValueType.CHOICE));
        PickerQuestion feedback = new PickerQuestion("feedback", "text", 0, Map.of(), List.of());

        assertThat(PickerScope.condition(List.of(copied, feedback), "feedback")
                        .subject("copied")
                        .orElseThrow()
                        .comparisons())
                .containsExactly(Comparison.ANSWERED, Comparison.NOT_ANSWERED);
    }

    @Test
    void aCalculationThatDoesNotParseIsNotOffered() {
        QuestionnaireLayout layout = ofDocument(YAML.replace("calculation: hours * 2", "calculation: hours *"));

        assertThat(feedbackCondition(layout).subject("doubled")).isEmpty();
        assertThat(feedbackCondition(layout).subject("greeting")).isPresent();
    }

    @Test
    void aCalculationsConditionSaysWhenItIsWorkedOutNotWhenItIsShown() {
        QuestionnaireLayout layout = ofDocument(YAML);

        assertThat(PickerPlace.condition("doubled").legendKey(layout)).isEqualTo("pickers.legend.calculate");
        assertThat(PickerPlace.condition("feedback").legendKey(layout)).isEqualTo("pickers.legend.relevant");
        assertThat(PickerPlace.constraint("feedback").legendKey(layout)).isEqualTo("pickers.legend.constraint");
        assertThat(PickerPlace.pageCondition(0).legendKey(layout)).isEqualTo("pickers.legend.page");
    }
}
