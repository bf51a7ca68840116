package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PartialAnswersTest {

    private static final int LONG_TEXTS = 11;

    /** Eleven long texts (at their longest, 10,000 characters each, over the cap in all), a short one and a choice. */
    private static final String YAML =
            """
            key: partial
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Kesken}
            questions:
            %s  - key: short
                type: text
                maxLength: 10
                label: {fi: Lyhyesti}
              - key: pick
                type: single_choice
                label: {fi: Valitse}
                choices:
                  - value: a
                    label: {fi: A}
            """
                    .formatted(IntStream.range(0, LONG_TEXTS)
                            .mapToObj(i -> "  - key: story" + i + "\n    type: text\n    maxLength: 10000\n"
                                    + "    label: {fi: Kerro}\n")
                            .collect(Collectors.joining()));

    private final AnswerValidator validator = new AnswerValidator(LocalDate.of(2026, 12, 2));

    @Test
    void keepsOnlyAnswersASentResponseCouldHold() {
        var kept = PartialAnswers.admissible(
                questionnaire(),
                new SubmittedAnswers(Map.of(
                        "story0", List.of("fine"),
                        "short", List.of("far too long for ten"),
                        "pick", List.of("z"),
                        "nosuch", List.of("x"))),
                validator);

        assertThat(kept)
                .hasValueSatisfying(answers -> assertThat(answers.values()).containsOnlyKeys("story0"));
    }

    @Test
    void refusesAResponseInProgressOverItsTotalSize() {
        Map<String, List<String>> longest = IntStream.range(0, LONG_TEXTS)
                .boxed()
                .collect(Collectors.toMap(i -> "story" + i, i -> List.of("x".repeat(10_000))));

        var kept = PartialAnswers.admissible(questionnaire(), new SubmittedAnswers(longest), validator);

        assertThat(kept).isEmpty();
    }

    private static Questionnaire questionnaire() {
        var read = new QuestionnaireYamlReader().read("partial.yaml", YAML);
        assertThat(read).as(read::toString).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) read).questionnaire();
    }
}
