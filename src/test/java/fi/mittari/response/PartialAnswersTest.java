package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PartialAnswersTest {

    private static final String YAML =
            """
            key: partial
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Kesken}
            questions:
              - key: story
                type: text
                maxLength: 200000
                label: {fi: Kerro}
              - key: short
                type: text
                maxLength: 10
                label: {fi: Lyhyesti}
              - key: pick
                type: single_choice
                label: {fi: Valitse}
                choices:
                  - value: a
                    label: {fi: A}
            """;

    private final AnswerValidator validator = new AnswerValidator(LocalDate.of(2026, 12, 2));

    @Test
    void keepsOnlyAnswersASentResponseCouldHold() {
        var kept = PartialAnswers.admissible(
                questionnaire(),
                new SubmittedAnswers(Map.of(
                        "story", List.of("fine"),
                        "short", List.of("far too long for ten"),
                        "pick", List.of("z"),
                        "nosuch", List.of("x"))),
                validator);

        assertThat(kept)
                .hasValueSatisfying(answers -> assertThat(answers.values()).containsOnlyKeys("story"));
    }

    @Test
    void refusesAResponseInProgressOverItsTotalSize() {
        var kept = PartialAnswers.admissible(
                questionnaire(),
                new SubmittedAnswers(Map.of("story", List.of("x".repeat(PartialAnswers.MAX_CHARACTERS + 1)))),
                validator);

        assertThat(kept).isEmpty();
    }

    private static Questionnaire questionnaire() {
        var read = new QuestionnaireYamlReader().read("partial.yaml", YAML);
        assertThat(read).as(read::toString).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) read).questionnaire();
    }
}
