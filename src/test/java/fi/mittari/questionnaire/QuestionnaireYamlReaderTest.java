package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.yaml.DefinitionProblem;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderTest {

    private final QuestionnaireYamlReader reader = ShippedCodeLists.reader();

    private static final String VALID =
            """
            key: event-feedback
            defaultLanguage: fi
            languages: [fi, sv]
            title: {fi: Palaute, sv: Respons}
            questions:
              - key: useful
                type: single_choice
                required: true
                label: {fi: "Oliko hyödyllinen?", sv: "Var det nyttigt?"}
                choices:
                  - value: yes
                    label: {fi: Kyllä, sv: Ja}
                  - value: no
                    label: {fi: Ei, sv: Nej}
                  - value: on
                    label: {fi: Päällä, sv: På}
              - key: topics
                type: multiple_choice
                label: {fi: Aiheet, sv: Teman}
                choices:
                  - value: work
                    label: {fi: Työ, sv: Arbete}
              - key: score
                type: rating
                label: {fi: Arvosana, sv: Betyg}
                minLabel: {fi: Huono, sv: Dålig}
              - key: comments
                type: text
                multiline: true
                maxLength: 500
                label: {fi: Kommentit, sv: Kommentarer}
            """;

    private Questionnaire accepted(String yaml) {
        DefinitionResult result = reader.read("f.yaml", yaml);
        assertThat(result).as(() -> result.problems().toString()).isInstanceOf(DefinitionResult.Accepted.class);
        return ((DefinitionResult.Accepted) result).questionnaire();
    }

    private List<DefinitionProblem> rejected(String yaml) {
        DefinitionResult result = reader.read("f.yaml", yaml);
        assertThat(result).isInstanceOf(DefinitionResult.Rejected.class);
        return result.problems();
    }

    @Test
    void readsAValidFileIntoTheModelWithDefaults() {
        Questionnaire q = accepted(VALID);
        assertThat(q.key()).isEqualTo("event-feedback");
        assertThat(q.defaultLanguage()).isEqualTo(Language.FI);
        assertThat(q.languages()).containsExactly(Language.FI, Language.SV);
        assertThat(q.title().get(Language.SV)).contains("Respons");
        assertThat(q.questions()).extracting(Question::key).containsExactly("useful", "topics", "score", "comments");
        var useful = (SingleChoiceQuestion) q.questions().get(0);
        assertThat(useful.required()).isTrue();
        assertThat(useful.choices()).extracting(Choice::value).containsExactly("yes", "no", "on");
        var score = (RatingQuestion) q.questions().get(2);
        assertThat(score.min()).isZero();
        assertThat(score.max()).isEqualTo(10);
        assertThat(score.required()).isFalse();
        assertThat(score.maxLabel().isEmpty()).isTrue();
        var comments = (TextQuestion) q.questions().get(3);
        assertThat(comments.multiline()).isTrue();
        assertThat(comments.maxLength()).isEqualTo(500);
    }

    @Test
    void theSampleSurveyInSurveysReadsWithoutProblems() throws Exception {
        String yaml = java.nio.file.Files.readString(java.nio.file.Path.of("surveys/keko-impact.yaml"));
        DefinitionResult result = reader.read("keko-impact.yaml", yaml);
        assertThat(result.problems()).isEmpty();
        assertThat(((DefinitionResult.Accepted) result).questionnaire().languages())
                .containsExactly(Language.FI, Language.SV, Language.EN);
    }

    @Test
    void reportsUnknownQuestionTypeWithLineAndColumn() {
        var problems = rejected(VALID.replace("type: rating", "type: slider"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(24);
            assertThat(p.column()).isEqualTo(11);
            assertThat(p.path()).isEqualTo("questions[2].type");
            assertThat(p.message())
                    .isEqualTo("unknown question type 'slider'; expected one of single_choice,"
                            + " multiple_choice, rating, text, yes_no, number, date, time, datetime, consent, note, likert, matrix,"
                            + " ranking, calculate");
            assertThat(p.describe()).startsWith("f.yaml:24:11: questions[2].type: unknown question type");
        });
    }

    @Test
    void reportsDuplicateKeysAtTheSecondOccurrenceNamingTheFirst() {
        var problems = rejected(VALID.replace("key: score", "key: useful"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(23);
            assertThat(p.message()).isEqualTo("duplicate question key 'useful' (first on line 6)");
        });
        var choices = rejected(VALID.replace("value: on", "value: no"));
        assertThat(choices).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("questions[0].choices[2].value");
            assertThat(p.message()).contains("duplicate choice value 'no' (first on line 13)");
        });
    }

    @Test
    void suggestsTheNearestPropertyForATypo() {
        var problems = rejected(VALID.replace("    minLabel:", "    minLable:"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("questions[2].minLable");
            assertThat(p.message()).isEqualTo("unknown property 'minLable'; did you mean 'minLabel'?");
        });
    }

    @Test
    void saysWhenAPropertyBelongsToAnotherType() {
        var problems = rejected(VALID.replace("    multiline: true", "    multiline: true\n    min: 1"));
        assertThat(problems)
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("property 'min' does not apply to a text question");
    }

    @Test
    void reportsMissingRequiredPropertiesAtTheMappingThatLacksThem() {
        var problems = rejected(VALID.replace("    label: {fi: Arvosana, sv: Betyg}\n", ""));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("questions[2]");
            assertThat(p.line()).isEqualTo(23);
            assertThat(p.message()).isEqualTo("missing required property 'label'");
        });
    }

    @Test
    void reportsEveryProblemAtOnce() {
        String broken = VALID.replace("key: event-feedback", "key: Event Feedback")
                .replace("defaultLanguage: fi", "defaultLanguage: de")
                .replace("type: rating", "type: rating\n    max: 0")
                .replace("maxLength: 500", "maxLength: lots")
                .replace("required: true", "required: yes");
        var problems = rejected(broken);
        assertThat(problems)
                .extracting(DefinitionProblem::path)
                .contains(
                        "key",
                        "defaultLanguage",
                        "questions[0].required",
                        "questions[2].max",
                        "questions[3].maxLength");
        assertThat(problems)
                .extracting(DefinitionProblem::message)
                .contains(
                        "unknown language 'de'; expected fi, sv or en",
                        "expected true or false, found 'yes'",
                        "max (0) must be greater than min (0)",
                        "expected a whole number, found 'lots'");
    }

    @Test
    void aMissingTranslationIsAWarningAndTheDefaultLanguageIsRequired() {
        DefinitionResult warned = reader.read("f.yaml", VALID.replace("{fi: Aiheet, sv: Teman}", "{fi: Aiheet}"));
        assertThat(warned).isInstanceOf(DefinitionResult.Accepted.class);
        assertThat(warned.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(DefinitionProblem.Severity.WARNING);
            assertThat(p.path()).isEqualTo("questions[1].label.sv");
            assertThat(p.message())
                    .isEqualTo("missing Swedish (sv) translation; respondents will see the Finnish text");
        });
        var missingDefault = rejected(VALID.replace("{fi: Aiheet, sv: Teman}", "{sv: Teman}"));
        assertThat(missingDefault)
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("missing Finnish (fi) text (the default language)");
    }

    @Test
    void unknownLanguageCodesAreErrors() {
        var problems = rejected(VALID.replace("{fi: Palaute, sv: Respons}", "{fi: Palaute, sv: Respons, se: Dearvva}"));
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("title.se");
            assertThat(p.message()).isEqualTo("unknown language 'se'; expected fi, sv or en");
        });
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        var problems = rejected("key: x\ntitle: {fi: [unclosed\n");
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("not valid YAML:");
        });
    }

    @Test
    void anEmptyFileOrAListIsRejectedPlainly() {
        assertThat(rejected(""))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("the file is empty");
        assertThat(rejected("- a\n- b\n"))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .isEqualTo("expected a questionnaire (key, title, questions…), found a list");
    }

    @Test
    void refusesAliasesSoAnUploadCannotExpandWithoutBound() {
        String bomb = "key: x\na: &a [1, 2]\nb: [*a, *a]\n";
        assertThat(rejected(bomb))
                .singleElement()
                .extracting(DefinitionProblem::message)
                .asString()
                .startsWith("not valid YAML");
    }

    @Test
    void languageCodesAndTextFallBackSensibly() {
        assertThat(Language.fromCode("sv-FI")).contains(Language.SV);
        assertThat(Language.fromCode("EN")).contains(Language.EN);
        assertThat(Language.fromCode("de")).isEmpty();
        LocalizedText text = new LocalizedText(java.util.Map.of(Language.FI, "Hei", Language.SV, " "));
        assertThat(text.in(Language.SV, Language.FI)).isEqualTo("Hei");
        assertThat(LocalizedText.of(Language.EN, "Hi").in(Language.SV, Language.FI))
                .isEqualTo("Hi");
        assertThat(LocalizedText.empty().in(Language.SV, Language.FI)).isEmpty();
    }
}
