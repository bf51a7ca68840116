package fi.mittari.indicator.engine;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.indicator.statistics.Bounds;
import fi.mittari.questionnaire.DefinitionResult;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionnaireYamlReader;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The bounds a mean's interval is kept within come from what each kind of question declares. */
class DeclaredBoundsTest {

    private static final String QUESTIONNAIRE =
            """
            key: bounds
            defaultLanguage: fi
            languages: [fi]
            title: {fi: Rajat}
            questions:
              - key: hours
                type: number
                min: 0
                label: {fi: Tunnit viikossa}
              - key: euros
                type: number
                min: 10
                max: 500
                label: {fi: Euroa}
              - key: savings
                type: number
                label: {fi: Säästöt}
              - key: work_ability
                type: rating
                min: 0
                max: 10
                label: {fi: Työkyky}
              - key: agree
                type: likert
                points: 7
                label: {fi: Samaa mieltä}
              - key: feedback
                type: text
                label: {fi: Palaute}
            """;

    @Test
    void readsTheMinAndMaxANumberRatingOrLikertQuestionAccepts() {
        List<Question> questions = questions();
        assertThat(questions)
                .extracting(DeclaredBounds::of)
                .containsExactly(
                        Bounds.atLeast(0),
                        Bounds.between(10, 500),
                        Bounds.NONE,
                        Bounds.between(0, 10),
                        Bounds.between(1, 7),
                        Bounds.NONE);
        assertThat(DeclaredBounds.of(questions.get(1)).upper()).isEqualTo(OptionalDouble.of(500));
    }

    private static List<Question> questions() {
        DefinitionResult result = new QuestionnaireYamlReader().read("bounds.yaml", QUESTIONNAIRE);
        assertThat(result).as(() -> result.problems().toString()).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire().questions();
    }
}
