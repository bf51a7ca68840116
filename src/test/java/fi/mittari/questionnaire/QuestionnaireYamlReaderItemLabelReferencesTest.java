package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A matrix item's label may show an earlier answer, as the question's own label may, and is checked by that rule. */
class QuestionnaireYamlReaderItemLabelReferencesTest {

    private static final String FILE =
            """
            key: event
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Tapahtuma}
            questions:
              - key: city
                type: text
                label: {fi: "Missä kävit?"}
              - key: rating
                type: matrix
                label: {fi: Arvioi}
                items:
                  - {key: venue, label: {fi: "Tapahtumapaikka: ${%s}"}}
                choices:
                  - {value: good, label: {fi: Hyvä}}
                  - {value: poor, label: {fi: Huono}}
              - key: name
                type: text
                label: {fi: "Nimesi?"}
            """;

    private final QuestionnaireYamlReader reader = new QuestionnaireYamlReader();

    private List<DefinitionProblem> problems(String referred) {
        return reader.read("event.yaml", FILE.formatted(referred)).problems();
    }

    @Test
    void anItemLabelMayShowAnEarlierAnswer() {
        assertThat(problems("city")).isEmpty();
    }

    @Test
    void anItemLabelShowingALaterAnswerIsRefusedAtTheLabel() {
        assertThat(problems("name")).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("questions[1].items[0].label");
            assertThat(problem.message())
                    .isEqualTo("the label of item 'venue' refers to ${name}, which comes later; a text can"
                            + " only show answers to earlier questions");
        });
    }
}
