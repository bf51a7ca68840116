package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderChoicesTest {

    private static final String FILE =
            """
            key: choices
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Valinnat}
            choiceLists:
              knowledge:
                - {value: "yes", label: {fi: Kyllä}}
                - {value: partly, label: {fi: Osittain}}
            questions:
              - key: topical
                type: single_choice
                appearance: %s
                choices: %s
                label: {fi: Ajankohtaiset}
              - key: useful
                type: multiple_choice
                minSelected: %s
                maxSelected: %s
                label: {fi: Hyödyllistä}
                choices:
                  - {value: contacts, label: {fi: Kontaktit}}
                  - {value: ideas, label: {fi: Ideat}}
                  - {value: nothing, exclusive: true, label: {fi: Ei mikään}}
            """;

    private final QuestionnaireYamlReader reader = new QuestionnaireYamlReader();

    private DefinitionResult read(String appearance, String choices, int min, int max) {
        return reader.read("c.yaml", FILE.formatted(appearance, choices, min, max));
    }

    @Test
    void aQuestionUsesASharedListByNameAndMayBeADropdown() {
        var result = (DefinitionResult.Accepted) read("dropdown", "knowledge", 1, 2);
        var topical = (SingleChoiceQuestion) result.questionnaire().questions().get(0);
        assertThat(topical.dropdown()).isTrue();
        assertThat(topical.choices()).extracting(Choice::value).containsExactly("yes", "partly");
        var useful = (MultipleChoiceQuestion) result.questionnaire().questions().get(1);
        assertThat(useful.minSelected()).isEqualTo(1);
        assertThat(useful.maxSelected()).isEqualTo(2);
        assertThat(useful.choices()).extracting(Choice::exclusive).containsExactly(false, false, true);
    }

    @Test
    void aMissingListIsNamedWithTheListsThatExist() {
        List<DefinitionProblem> problems = read("radio", "knowlege", 0, 0).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(13);
            assertThat(p.path()).isEqualTo("questions[0].choices");
            assertThat(p.message()).isEqualTo("no choice list named 'knowlege'; lists are knowledge");
        });
    }

    @Test
    void refusesAnUnknownAppearanceAndImpossibleSelectionLimits() {
        assertThat(read("slider", "knowledge", 0, 0).problems())
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("appearance is radio or dropdown, found 'slider'");
        assertThat(read("radio", "knowledge", 3, 2).problems())
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("maxSelected (2) must not be less than minSelected (3)");
        assertThat(read("radio", "knowledge", 0, 4).problems())
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("the question has only 3 choices");
    }
}
