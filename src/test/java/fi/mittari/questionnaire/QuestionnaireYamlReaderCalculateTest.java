package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A calculate question: read with its calculation, typed from the questions before it, refused where it is wrong. */
class QuestionnaireYamlReaderCalculateTest {

    private static final String QUESTIONS =
            """
            key: costs
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Kustannukset}
            questions:
              - key: hours
                type: number
                label: {fi: Tunnit}
              - key: per_hour
                type: calculate
                label: {fi: Tuntihinta}
                calculation: %s
              - key: why
                type: text
                label: {fi: Miksi}
                relevant: %s
            """;

    private final QuestionnaireYamlReader reader = new QuestionnaireYamlReader();

    private DefinitionResult read(String calculation, String relevant) {
        return reader.read("f.yaml", QUESTIONS.formatted(calculation, relevant));
    }

    private List<DefinitionProblem> problems(String calculation, String relevant) {
        DefinitionResult result = read(calculation, relevant);
        assertThat(result).isInstanceOf(DefinitionResult.Rejected.class);
        return result.problems();
    }

    @Test
    void aLaterConditionComparesACalculationAsTheTypeOfItsValue() {
        DefinitionResult result = read("round(100 / hours, 2)", "per_hour > 50");
        assertThat(result.problems()).isEmpty();
        Questionnaire questionnaire = ((DefinitionResult.Accepted) result).questionnaire();
        Question calculated = questionnaire.question("per_hour").orElseThrow();
        assertThat(calculated.typeName()).isEqualTo("calculate");
        assertThat(calculated.calculation()).isPresent();
        assertThat(calculated.required()).isFalse();

        assertThat(problems("round(100 / hours, 2)", "per_hour = 'many'"))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("cannot compare a number with a text");
    }

    @Test
    void aTypeErrorInTheCalculationIsPlacedAtItsColumn() {
        assertThat(problems("concat('x', 1) * 2", "true")).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("questions[1].calculation");
            assertThat(p.line()).isEqualTo(12);
            assertThat(p.column()).isEqualTo(18);
            assertThat(p.message()).isEqualTo("'*' needs numbers on both sides, but its left side is a text");
        });
    }

    @Test
    void aCalculationMayOnlyUseEarlierQuestions() {
        assertThat(problems("length(why)", "true"))
                .extracting(DefinitionProblem::message)
                .contains("refers to 'why', which comes later; a calculation can only use answers to earlier"
                        + " questions");
    }

    @Test
    void aCalculationIsNeverRequiredNorConstrained() {
        String yaml = QUESTIONS
                .formatted("hours * 2", "true")
                .replace("    calculation: hours * 2", "    calculation: hours * 2\n    required: true");
        assertThat(reader.read("f.yaml", yaml).problems())
                .extracting(DefinitionProblem::message)
                .containsExactly(
                        "property 'required' does not apply: a calculation is worked out by the server, never asked");
    }

    @Test
    void aCalculationWithoutACalculationIsRefused() {
        String yaml = QUESTIONS.formatted("hours", "true").replace("    calculation: hours\n", "");
        DefinitionResult result = reader.read("f.yaml", yaml);
        assertThat(result).isInstanceOf(DefinitionResult.Rejected.class);
        assertThat(result.problems())
                .extracting(p -> p.path() + " " + p.message())
                .anyMatch(problem -> problem.contains("calculation"));
    }
}
