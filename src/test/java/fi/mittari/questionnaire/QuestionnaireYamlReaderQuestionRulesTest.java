package fi.mittari.questionnaire;

import static fi.mittari.questionnaire.QuestionnaireYamlFixture.onlyProblem;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.rejected;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.validWith;
import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderQuestionRulesTest {

    private static final String TOPIC_CHOICES =
            """
                choices:
                  - value: work
                    label: {fi: Työ, sv: Arbete, en: Work}
                  - value: housing
                    label: {fi: Asuminen, sv: Boende, en: Housing}
            """;

    @Test
    void reportsUnknownQuestionTypeWithLineAndColumn() {
        DefinitionProblem problem = onlyProblem(validWith("    type: rating", "    type: slider"));

        assertThat(problem.line()).isEqualTo(28);
        assertThat(problem.column()).isEqualTo(11);
        assertThat(problem.path()).isEqualTo("questions[2].type");
        assertThat(problem.message())
                .isEqualTo(
                        "unknown question type 'slider'; expected one of single_choice, multiple_choice, rating, text, yes_no, number, date, time, datetime, consent, note, likert, matrix, ranking, calculate");
        assertThat(problem.describe())
                .isEqualTo(
                        "club-feedback.yaml:28:11: questions[2].type: unknown question type"
                                + " 'slider'; expected one of single_choice, multiple_choice, rating, text, yes_no, number, date, time, datetime, consent, note, likert, matrix, ranking, calculate");
    }

    @Test
    void reportsAPropertyThatBelongsToAnotherQuestionType() {
        DefinitionProblem choicesOnRating = onlyProblem(validWith(
                "    type: rating\n", "    type: rating\n    choices:\n      - value: a\n        label: {fi: A}\n"));

        assertThat(choicesOnRating.line()).isEqualTo(29);
        assertThat(choicesOnRating.column()).isEqualTo(5);
        assertThat(choicesOnRating.path()).isEqualTo("questions[2].choices");
        assertThat(choicesOnRating.message()).isEqualTo("property 'choices' does not apply to a rating question");
        assertThat(onlyProblem(validWith("    maxLength: 500\n", "    maxLength: 500\n    min: 1\n"))
                        .message())
                .isEqualTo("property 'min' does not apply to a text question");
    }

    @Test
    void reportsADuplicateQuestionKeyAtTheSecondOccurrenceNamingTheFirstLine() {
        DefinitionProblem problem = onlyProblem(validWith("  - key: usefulness", "  - key: attended"));

        assertThat(problem.line()).isEqualTo(27);
        assertThat(problem.column()).isEqualTo(10);
        assertThat(problem.path()).isEqualTo("questions[2].key");
        assertThat(problem.message()).isEqualTo("duplicate question key 'attended' (first on line 7)");
    }

    @Test
    void reportsADuplicateChoiceValueAtTheSecondOccurrenceNamingTheFirstLine() {
        DefinitionProblem problem = onlyProblem(validWith("      - value: on", "      - value: no"));

        assertThat(problem.line()).isEqualTo(16);
        assertThat(problem.column()).isEqualTo(16);
        assertThat(problem.path()).isEqualTo("questions[0].choices[2].value");
        assertThat(problem.message()).isEqualTo("duplicate choice value 'no' (first on line 14)");
    }

    @Test
    void explainsTheQuestionKeyPatternInWords() {
        DefinitionProblem problem = onlyProblem(validWith("  - key: topics", "  - key: Popular-Topics"));

        assertThat(problem.line()).isEqualTo(18);
        assertThat(problem.column()).isEqualTo(10);
        assertThat(problem.path()).isEqualTo("questions[1].key");
        assertThat(problem.message())
                .isEqualTo("key 'Popular-Topics' must be lowercase letters, digits and"
                        + " underscores, starting with a letter (at most 64 characters)");
    }

    @Test
    void explainsTheQuestionnaireKeyPatternInWords() {
        DefinitionProblem problem = onlyProblem(validWith("key: club-feedback", "key: 1club"));

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(6);
        assertThat(problem.path()).isEqualTo("key");
        assertThat(problem.message())
                .contains("lowercase letters, digits, hyphens and underscores, starting with a" + " letter");
    }

    @Test
    void explainsTheChoiceValuePatternInWords() {
        DefinitionProblem problem = onlyProblem(validWith("      - value: work", "      - value: Work Life"));

        assertThat(problem.line()).isEqualTo(23);
        assertThat(problem.column()).isEqualTo(16);
        assertThat(problem.path()).isEqualTo("questions[1].choices[0].value");
        assertThat(problem.message())
                .startsWith("value 'Work Life' must be lowercase letters, digits, hyphens and" + " underscores");
    }

    @Test
    void acceptsOnlyTrueOrFalseForRequired() {
        DefinitionProblem problem = onlyProblem(validWith("    required: true", "    required: yes"));

        assertThat(problem.line()).isEqualTo(9);
        assertThat(problem.column()).isEqualTo(15);
        assertThat(problem.path()).isEqualTo("questions[0].required");
        assertThat(problem.message()).isEqualTo("expected true or false, found 'yes'");
    }

    @Test
    void reportsANumberThatIsNotAWholeNumber() {
        DefinitionProblem problem = onlyProblem(validWith("    maxLength: 500", "    maxLength: 5.5"));

        assertThat(problem.line()).isEqualTo(34);
        assertThat(problem.column()).isEqualTo(16);
        assertThat(problem.path()).isEqualTo("questions[3].maxLength");
        assertThat(problem.message()).isEqualTo("expected a whole number, found '5.5'");
    }

    @Test
    void requiresRatingMaxToBeGreaterThanMin() {
        DefinitionProblem problem =
                onlyProblem(validWith("    type: rating\n", "    type: rating\n    min: 5\n    max: 5\n"));

        assertThat(problem.line()).isEqualTo(30);
        assertThat(problem.column()).isEqualTo(10);
        assertThat(problem.path()).isEqualTo("questions[2].max");
        assertThat(problem.message()).isEqualTo("max (5) must be greater than min (5)");
    }

    @Test
    void limitsARatingScaleToTwentyOnePoints() {
        DefinitionProblem problem = onlyProblem(validWith("    type: rating\n", "    type: rating\n    max: 30\n"));

        assertThat(problem.line()).isEqualTo(29);
        assertThat(problem.path()).isEqualTo("questions[2].max");
        assertThat(problem.message()).isEqualTo("a scale has at most 21 points; min 0 to max 30 has 31");
    }

    @Test
    void doesNotCompareAScaleEndThatIsNotANumber() {
        DefinitionProblem problem =
                onlyProblem(validWith("    type: rating\n", "    type: rating\n    min: 15\n    max: ten\n"));

        assertThat(problem.message()).isEqualTo("expected a whole number, found 'ten'");
    }

    @Test
    void keepsMaxLengthWithinOneToTenThousand() {
        DefinitionProblem zero = onlyProblem(validWith("    maxLength: 500", "    maxLength: 0"));
        DefinitionProblem tooLong = onlyProblem(validWith("    maxLength: 500", "    maxLength: 10001"));

        assertThat(zero.line()).isEqualTo(34);
        assertThat(zero.column()).isEqualTo(16);
        assertThat(zero.path()).isEqualTo("questions[3].maxLength");
        assertThat(zero.message()).isEqualTo("maxLength must be from 1 to 10000, found 0");
        assertThat(tooLong.message()).isEqualTo("maxLength must be from 1 to 10000, found 10001");
    }

    @Test
    void requiresAtLeastOneChoice() {
        DefinitionProblem empty = onlyProblem(validWith(TOPIC_CHOICES, "    choices: []\n"));
        DefinitionProblem missing = onlyProblem(validWith(TOPIC_CHOICES, ""));

        assertThat(empty.line()).isEqualTo(22);
        assertThat(empty.column()).isEqualTo(14);
        assertThat(empty.path()).isEqualTo("questions[1].choices");
        assertThat(empty.message()).isEqualTo("add at least one choice");
        assertThat(missing.line()).isEqualTo(18);
        assertThat(missing.path()).isEqualTo("questions[1]");
        assertThat(missing.message()).isEqualTo("missing required property 'choices'");
    }

    @Test
    void requiresAtLeastOneQuestion() {
        String noQuestions = "key: empty\ndefaultLanguage: fi\nlanguages: [fi]\ntitle: {fi: Tyhjä}\nquestions: []\n";

        assertThat(rejected(noQuestions)).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(5);
            assertThat(problem.path()).isEqualTo("questions");
            assertThat(problem.message()).isEqualTo("add at least one question");
        });
    }
}
