package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderRulesTest {

    private static final String QUESTIONS =
            """
            key: followup
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Seuranta}
            questions:
              - key: status
                type: single_choice
                label: {fi: Tilanne}
                choices:
                  - {value: employed, label: {fi: Työssä}}
                  - {value: seeking, label: {fi: Etsin työtä}}
              - key: hours
                type: number
                relevant: %s
                constraint: %s
                label: {fi: Tunnit}
              - key: started
                type: date
                label: {fi: Aloitus}
            """;

    private final QuestionnaireYamlReader reader = new QuestionnaireYamlReader();

    private DefinitionResult read(String relevant, String constraint) {
        return reader.read("f.yaml", QUESTIONS.formatted(relevant, constraint));
    }

    private List<DefinitionProblem> problems(String relevant, String constraint) {
        DefinitionResult result = read(relevant, constraint);
        assertThat(result).isInstanceOf(DefinitionResult.Rejected.class);
        return result.problems();
    }

    @Test
    void readsConditionsAndConstraintsIntoTheQuestionnairesRules() {
        DefinitionResult result = read("status = 'employed'", ". > 0 and . <= 80");
        assertThat(result.problems()).isEmpty();
        Questionnaire q = ((DefinitionResult.Accepted) result).questionnaire();
        assertThat(q.rulesOf("hours").relevant()).isPresent();
        assertThat(q.rulesOf("hours").constraint()).isPresent();
        assertThat(q.rulesOf("status")).isEqualTo(QuestionRules.NONE);
    }

    @Test
    void aConditionMayOnlyUseEarlierQuestions() {
        assertThat(problems("not empty(started)", ". > 0")).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.path()).isEqualTo("questions[1].relevant");
            assertThat(p.message())
                    .isEqualTo("refers to 'started', which comes later; a condition can only use"
                            + " answers to earlier questions");
        });
        assertThat(problems("hours > 1", ". > 0"))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .asString()
                .startsWith("refers to 'hours', which is this question");
    }

    @Test
    void unknownKeysAndTypeErrorsArePlacedAtTheirColumn() {
        var unknown = problems("statu = 'employed'", ". > 0");
        assertThat(unknown).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.column()).isEqualTo(15);
            assertThat(p.message()).contains("statu").contains("did you mean 'status'");
        });
        var typeError = problems("status = 'employed'", ". > 'many'");
        assertThat(typeError).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("questions[1].constraint");
            assertThat(p.message()).contains("number").contains("text");
        });
    }

    @Test
    void aSyntaxErrorIsReportedAtItsColumnInTheFile() {
        var problems = problems("\"status = 'employed' and\"", ". > 0");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(14);
            assertThat(p.column()).isGreaterThan(15);
            assertThat(p.path()).isEqualTo("questions[1].relevant");
        });
    }

    @Test
    void dotIsOnlyForConstraints() {
        assertThat(problems(". > 1", ". > 0"))
                .singleElement()
                .extracting(DefinitionProblem::path)
                .isEqualTo("questions[1].relevant");
    }
}
