package fi.mittari.report.preparing;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import fi.mittari.report.preparing.AskedQuestions.StoredAnswer;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which questions a stored response was asked: question and page conditions replayed over its answers. */
class AskedQuestionsTest {

    private static final String YAML =
            """
            key: asked-check
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Kysely}
            pages:
              - key: first
                title: {fi: Eka}
                questions:
                  - key: employed
                    type: yes_no
                    label: {fi: Oletko työssä}
                  - key: hours
                    type: number
                    relevant: employed = 'yes'
                    label: {fi: Tunnit viikossa}
              - key: second
                title: {fi: Toka}
                relevant: hours > 30
                questions:
                  - key: tired
                    type: yes_no
                    label: {fi: Väsyttääkö}
              - key: third
                title: {fi: Kolmas}
                questions:
                  - key: comments
                    type: text
                    label: {fi: Terveiset}
            """;

    private static final LocalDate DAY = LocalDate.parse("2024-05-01");

    private final AskedQuestions questions = new AskedQuestions(questionnaire());

    @Test
    void aQuestionHiddenByItsConditionWasNotAsked() {
        assertThat(questions.asked(List.of(choice("employed", "no")), DAY)).containsExactly("employed", "comments");
    }

    @Test
    void aPageShownByAnEarlierAnswerAsksItsQuestions() {
        assertThat(questions.asked(List.of(choice("employed", "yes"), number("hours", "37.5")), DAY))
                .containsExactly("employed", "hours", "tired", "comments");
        assertThat(questions.asked(List.of(choice("employed", "yes"), number("hours", "20")), DAY))
                .containsExactly("employed", "hours", "comments");
    }

    @Test
    void anUnansweredQuestionStillCountsAsAskedWhenItsConditionHeld() {
        // employed was left empty: hours is hidden, the later pages are asked as usual
        assertThat(questions.asked(List.of(), DAY)).containsExactly("employed", "comments");
    }

    private static StoredAnswer choice(String key, String value) {
        return new StoredAnswer(key, Optional.of(value), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static StoredAnswer number(String key, String value) {
        return new StoredAnswer(
                key, Optional.empty(), Optional.of(new BigDecimal(value)), Optional.empty(), Optional.empty());
    }

    private static Questionnaire questionnaire() {
        DefinitionResult result = new QuestionnaireYamlReader().read("asked-check.yaml", YAML);
        assertThat(result).as(result.problems().toString()).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire();
    }
}
