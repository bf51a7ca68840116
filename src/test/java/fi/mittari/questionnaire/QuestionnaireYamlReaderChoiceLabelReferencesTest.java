package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A choice's label may show an earlier answer, as a question's label may, and is checked by the same rule. */
class QuestionnaireYamlReaderChoiceLabelReferencesTest {

    private static final String FILE =
            """
            key: home
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Koti}
            choiceLists:
              places:
                - {value: own, label: {fi: "Oma koti (${%s})"}}
                - {value: other, label: {fi: Muualla}}
            questions:
              - key: before
                type: single_choice
                label: {fi: "Missä asuit?"}
                choices: %s
              - key: name
                type: text
                label: {fi: "Nimesi?"}
              - key: where
                type: single_choice
                label: {fi: "Missä asut?"}
                choices:
                  - {value: own, label: {fi: "${%s} kotona"}}
                  - {value: other, label: {fi: Muualla}}
            """;

    private final QuestionnaireYamlReader reader = new QuestionnaireYamlReader();

    private List<DefinitionProblem> problems(String listed, String before, String inPlace) {
        return reader.read("home.yaml", FILE.formatted(listed, before, inPlace)).problems();
    }

    private static final String OWN_CHOICES = "[{value: yes, label: {fi: Kyllä}}, {value: no, label: {fi: Ei}}]";

    @Test
    void aChoiceLabelMayShowAnEarlierAnswer() {
        assertThat(problems("name", OWN_CHOICES, "name")).isEmpty();
    }

    @Test
    void aChoiceLabelShowingAnUnknownAnswerIsRefusedAtTheLabel() {
        assertThat(problems("name", OWN_CHOICES, "nmae")).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("questions[2].choices[0].label");
            assertThat(problem.message())
                    .isEqualTo("the label of choice 'own' refers to ${nmae}, which is not a question; did"
                            + " you mean 'name'?");
        });
    }

    @Test
    void aChoiceLabelShowingItsOwnQuestionsAnswerIsRefused() {
        assertThat(problems("name", OWN_CHOICES, "where")).singleElement().satisfies(problem -> assertThat(
                        problem.message())
                .isEqualTo("the label of choice 'own' refers to ${where}, which is this question; a text can"
                        + " only show answers to earlier questions"));
    }

    @Test
    void aNamedListIsCheckedForEachQuestionThatOffersIt() {
        assertThat(problems("name", "places", "name")).singleElement().satisfies(problem -> {
            assertThat(problem.path()).isEqualTo("questions[0].choices");
            assertThat(problem.message())
                    .isEqualTo("the label of choice 'own' refers to ${name}, which comes later; a text can"
                            + " only show answers to earlier questions");
        });
    }
}
