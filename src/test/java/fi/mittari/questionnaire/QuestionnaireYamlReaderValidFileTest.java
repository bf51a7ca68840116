package fi.mittari.questionnaire;

import static fi.mittari.questionnaire.QuestionnaireYamlFixture.VALID;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.accepted;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.read;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.validWith;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderValidFileTest {

    @Test
    void readsAValidFileIntoTheModel() {
        Questionnaire questionnaire = accepted(VALID);

        assertThat(questionnaire.key()).isEqualTo("club-feedback");
        assertThat(questionnaire.defaultLanguage()).isEqualTo(Language.FI);
        assertThat(questionnaire.languages()).containsExactly(Language.FI, Language.SV, Language.EN);
        assertThat(questionnaire.title().get(Language.SV)).contains("Respons");
        assertThat(questionnaire.description().in(Language.EN, Language.FI)).isEqualTo("Tell us what you think.");
        assertThat(questionnaire.questions())
                .extracting(Question::key)
                .containsExactly("attended", "topics", "usefulness", "comments");
        assertThat(questionnaire.questions())
                .map(Object::getClass)
                .containsExactly(
                        SingleChoiceQuestion.class,
                        MultipleChoiceQuestion.class,
                        RatingQuestion.class,
                        TextQuestion.class);
    }

    @Test
    void keepsChoicesInFileOrderWithTheirLabels() {
        var attended =
                (SingleChoiceQuestion) accepted(VALID).question("attended").orElseThrow();

        assertThat(attended.required()).isTrue();
        assertThat(attended.label().get(Language.EN)).contains("Did you attend?");
        assertThat(attended.choices()).extracting(Choice::value).containsExactly("yes", "no", "on");
        assertThat(attended.choice("on").orElseThrow().label().get(Language.SV)).contains("På distans");
        var topics = (MultipleChoiceQuestion) accepted(VALID).question("topics").orElseThrow();
        assertThat(topics.hint().get(Language.FI)).contains("Valitse kaikki sopivat.");
        assertThat(topics.choices()).extracting(Choice::value).containsExactly("work", "housing");
    }

    @Test
    void appliesDefaultsForOptionalProperties() {
        Questionnaire questionnaire = accepted(VALID);

        var usefulness = (RatingQuestion) questionnaire.question("usefulness").orElseThrow();
        assertThat(usefulness.required()).isFalse();
        assertThat(usefulness.min()).isZero();
        assertThat(usefulness.max()).isEqualTo(10);
        assertThat(usefulness.hint().isEmpty()).isTrue();
        assertThat(usefulness.minLabel().get(Language.FI)).contains("Ei lainkaan");
        assertThat(usefulness.maxLabel().isEmpty()).isTrue();
        var comments = (TextQuestion) questionnaire.question("comments").orElseThrow();
        assertThat(comments.multiline()).isTrue();
        assertThat(comments.maxLength()).isEqualTo(500);
        var defaults = (TextQuestion) accepted(validWith("    multiline: true\n    maxLength: 500\n", ""))
                .question("comments")
                .orElseThrow();
        assertThat(defaults.multiline()).isFalse();
        assertThat(defaults.maxLength()).isEqualTo(2000);
    }

    @Test
    void aFileWithoutDescriptionHasAnEmptyOne() {
        String withoutDescription = validWith("description: {fi: Kerro mielipiteesi.", "# description: {fi: Kerro");

        assertThat(accepted(withoutDescription).description().isEmpty()).isTrue();
    }

    @Test
    void keepsUnquotedYesNoAndOnAsChoiceValueStrings() {
        var attended = (SingleChoiceQuestion) accepted(VALID).questions().get(0);

        assertThat(attended.choice("yes")).isPresent();
        assertThat(attended.choice("no")).isPresent();
        assertThat(attended.choice("on")).isPresent();
        var quoted = (SingleChoiceQuestion) accepted(validWith("- value: yes", "- value: \"yes\""))
                .questions()
                .get(0);
        assertThat(quoted.choices().get(0).value()).isEqualTo("yes");
    }

    @Test
    void acceptsAMissingSwedishTranslationWithAWarning() {
        DefinitionResult result = read(validWith("{fi: Aiheet, sv: Teman, en: Topics}", "{fi: Aiheet, en: Topics}"));

        assertThat(result).isInstanceOf(DefinitionResult.Accepted.class);
        assertThat(result.problems()).singleElement().satisfies(warning -> {
            assertThat(warning.severity()).isEqualTo(DefinitionProblem.Severity.WARNING);
            assertThat(warning.line()).isEqualTo(20);
            assertThat(warning.column()).isEqualTo(12);
            assertThat(warning.path()).isEqualTo("questions[1].label.sv");
            assertThat(warning.message())
                    .isEqualTo("missing Swedish (sv) translation; respondents will see the Finnish text");
            assertThat(warning.describe())
                    .isEqualTo("club-feedback.yaml:20:12: questions[1].label.sv: missing"
                            + " Swedish (sv) translation; respondents will see the Finnish text (warning)");
        });
        var topics = ((DefinitionResult.Accepted) result)
                .questionnaire()
                .question("topics")
                .orElseThrow();
        assertThat(topics.label().in(Language.SV, Language.FI)).isEqualTo("Aiheet");
    }

    @Test
    void readsTheRealisticSampleFileWithoutProblems() throws IOException {
        DefinitionResult result = read(resource("/questionnaires/volunteer-training.yaml"));

        assertThat(result.problems()).isEmpty();
        Questionnaire questionnaire = ((DefinitionResult.Accepted) result).questionnaire();
        assertThat(questionnaire.questions()).hasSize(6);
        var confidence = (RatingQuestion) questionnaire.question("confidence").orElseThrow();
        assertThat(confidence.min()).isEqualTo(1);
        assertThat(confidence.max()).isEqualTo(5);
        var ready = (SingleChoiceQuestion) questionnaire.questions().get(0);
        assertThat(ready.choices()).extracting(Choice::value).containsExactly("yes", "partly", "no");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = QuestionnaireYamlReaderValidFileTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
