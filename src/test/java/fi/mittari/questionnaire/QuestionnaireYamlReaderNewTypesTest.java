package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderNewTypesTest {

    private static final String HEADER =
            """
            key: coaching
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Valmennus}
            questions:
            """;

    private final QuestionnaireYamlReader reader = new QuestionnaireYamlReader();

    private Question only(String question) {
        DefinitionResult result = reader.read("q.yaml", HEADER + question);
        assertThat(result).as(() -> result.problems().toString()).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire().questions().get(0);
    }

    private List<DefinitionProblem> problems(String question) {
        DefinitionResult result = reader.read("q.yaml", HEADER + question);
        assertThat(result).isInstanceOf(DefinitionResult.Rejected.class);
        return result.problems();
    }

    @Test
    void readsYesNoWithItsConceptAndTheStandardChoices() {
        var q = (YesNoQuestion)
                only(
                        """
                  - key: employed
                    type: yes_no
                    required: true
                    concept: outcome.employed
                    label: {fi: "Työllistyitkö?"}
                """);
        assertThat(q.required()).isTrue();
        assertThat(q.classification()).isEqualTo(new Classification("outcome.employed", false));
        assertThat(q.singleAnswerChoices()).extracting(Choice::value).containsExactly("yes", "no");
    }

    @Test
    void explainsAnUnquotedQuestionMarkInsideBraces() {
        assertThat(
                        problems(
                                """
                  - key: employed
                    type: yes_no
                    label: {fi: Työllistyitkö?}
                """))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.line()).isEqualTo(8);
                    assertThat(p.message())
                            .isEqualTo("not valid YAML: a text with a question mark inside { … } must be in"
                                    + " quotes, like {fi: \"Löysitkö kumppaneita?\"}");
                });
    }

    @Test
    void readsANumberWithBoundsAndUnit() {
        var q = (NumberQuestion)
                only(
                        """
                  - key: hours
                    type: number
                    decimal: true
                    min: 0
                    max: 37.5
                    unit: {fi: tuntia}
                    label: {fi: Tunnit}
                """);
        assertThat(q.decimal()).isTrue();
        assertThat(q.min()).contains(BigDecimal.ZERO);
        assertThat(q.max()).contains(new BigDecimal("37.5"));
        assertThat(q.unit().get(Language.FI)).contains("tuntia");
    }

    @Test
    void aWholeNumberQuestionRefusesADecimalBound() {
        assertThat(
                        problems(
                                """
                  - key: age
                    type: number
                    max: 99.5
                    label: {fi: Ikä}
                """))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("questions[0].max");
                    assertThat(p.line()).isEqualTo(8);
                    assertThat(p.message()).contains("expected a whole number");
                });
    }

    @Test
    void readsADateWithBoundsAndRefusesReversedOnes() {
        var q = (DateQuestion)
                only(
                        """
                  - key: start
                    type: date
                    min: 2020-01-01
                    label: {fi: Alkoi}
                """);
        assertThat(q.min()).contains(LocalDate.of(2020, 1, 1));
        assertThat(q.max()).isEmpty();
        assertThat(
                        problems(
                                """
                  - key: start
                    type: date
                    min: 2025-01-01
                    max: 2024-12-31
                    label: {fi: Alkoi}
                """))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("max (2024-12-31) must not be before min (2025-01-01)");
        assertThat(
                        problems(
                                """
                  - key: start
                    type: date
                    min: 1.1.2020
                    label: {fi: Alkoi}
                """))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("expected a date like 2025-01-31, found '1.1.2020'");
    }

    @Test
    void aConsentIsAlwaysRequiredAndANoteTakesNoAnswer() {
        var consent = (ConsentQuestion)
                only(
                        """
                  - key: consent
                    type: consent
                    label: {fi: Hyväksyn}
                """);
        assertThat(consent.required()).isTrue();
        var note = (DisplayText)
                only(
                        """
                  - key: intro
                    type: note
                    label: {fi: Tervetuloa}
                """);
        assertThat(note.takesAnswer()).isFalse();
        assertThat(
                        problems(
                                """
                  - key: intro
                    type: note
                    required: true
                    label: {fi: Tervetuloa}
                """))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("questions[0].required");
                    assertThat(p.message())
                            .isEqualTo("property 'required' does not apply: a note shows text and takes no answer");
                });
    }

    @Test
    void marksPersonalQuestionsAndChecksConceptCodes() {
        var q = (TextQuestion)
                only(
                        """
                  - key: email
                    type: text
                    personal: true
                    label: {fi: Sähköposti}
                """);
        assertThat(q.classification().personal()).isTrue();
        assertThat(q.classification().conceptCode()).isEmpty();
        assertThat(
                        problems(
                                """
                  - key: region
                    type: text
                    concept: Region
                    label: {fi: Alue}
                """))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.path()).isEqualTo("questions[0].concept");
                    assertThat(p.message()).startsWith("concept 'Region' must be dot-separated parts");
                });
    }
}
