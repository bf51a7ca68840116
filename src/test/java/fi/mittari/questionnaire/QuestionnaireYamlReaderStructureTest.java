package fi.mittari.questionnaire;

import static fi.mittari.questionnaire.QuestionnaireYamlFixture.VALID;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.onlyProblem;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.rejected;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.validWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.SafeYamlParser;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderStructureTest {

    @Test
    void reportsAYamlSyntaxErrorWithItsLineAndColumn() {
        DefinitionProblem problem = onlyProblem(validWith("  - key: topics", "  - key: topics: all"));

        assertThat(problem.line()).isEqualTo(18);
        assertThat(problem.column()).isEqualTo(16);
        assertThat(problem.path()).isEmpty();
        assertThat(problem.message())
                .startsWith("not valid YAML: unexpected ': '")
                .endsWith("put quotes around a text that contains ': '");
        assertThat(rejected(VALID.replace("title: {fi: Palaute", "title: {fi: [Palaute")))
                .hasSize(1);
    }

    @Test
    void explainsATabUsedForIndentation() {
        DefinitionProblem problem = onlyProblem(validWith("    type: multiple_choice", "\ttype: multiple_choice"));

        assertThat(problem.line()).isEqualTo(19);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.message()).isEqualTo("not valid YAML: a tab character; indent with spaces only");
    }

    @Test
    void reportsAnEmptyFileAsEmpty() {
        assertThat(onlyProblem("").message()).isEqualTo("the file is empty");
        assertThat(onlyProblem("# nothing here yet\n").message()).isEqualTo("the file is empty");
    }

    @Test
    void refusesMoreThanOneDocumentInAFile() {
        DefinitionProblem problem = onlyProblem(VALID + "---\n" + VALID);

        assertThat(problem.line()).isEqualTo(36);
        assertThat(problem.message()).contains("more than one document");
    }

    @Test
    void refusesAliasesSoThatAnUploadCannotExpandWithoutBound() {
        String bomb = "key: x\nlols: &lol [a, a, a]\nmore: [*lol, *lol, *lol]\n";
        DefinitionProblem problem = onlyProblem(bomb);

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(8);
        assertThat(problem.message()).contains("anchors and aliases (&name, *name) are not allowed");
    }

    @Test
    void refusesDeepNestingAtTheLimitWithoutReadingTheRestOfTheFile() {
        // Reading a long run of '[' to its end costs time growing with the square of its length, so the reader must
        // stop at the limit. A character that cannot start any token sits after the first 2,000 (beyond the 1,024 the
        // scanner reads ahead for a possible key): had the reader gone on, that is the error it would report.
        String nested = "key: x\nquestions: " + "[".repeat(2_000) + "@" + "[".repeat(398_000) + "\n";

        DefinitionProblem problem = onlyProblem(nested);

        assertThat(problem.message())
                .isEqualTo("not valid YAML for Mittari: nested deeper than " + SafeYamlParser.MAX_NESTING
                        + " levels of lists and mappings");
        assertThat(problem.line()).isEqualTo(2);
    }

    @Test
    void refusesAnOversizedFileBeforeParsingIt() {
        String huge = VALID + "# " + "x".repeat(SafeYamlParser.MAX_CODE_POINTS) + "\n";

        assertThat(onlyProblem(huge).message()).startsWith("the file is too large");
    }

    @Test
    void saysWhatWasExpectedWhenTheNodeKindIsWrong() {
        assertThat(onlyProblem("- key: a\n- key: b\n")).satisfies(problem -> {
            assertThat(problem.path()).isEmpty();
            assertThat(problem.message()).isEqualTo("expected a questionnaire (key, title, questions…), found a list");
        });
        assertThat(onlyProblem(validWith("title: {fi: Palaute, sv: Respons, en: Feedback}", "title: Palaute")))
                .satisfies(problem -> {
                    assertThat(problem.line()).isEqualTo(4);
                    assertThat(problem.column()).isEqualTo(8);
                    assertThat(problem.path()).isEqualTo("title");
                    assertThat(problem.message())
                            .isEqualTo("expected texts by language, like {fi: …, sv: …}, found a single value");
                });
        assertThat(onlyProblem(validWith("key: club-feedback", "key: [club, feedback]")))
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly("key", "expected a single value, found a list");
        assertThat(onlyProblem(validWith("{fi: Kommentit,", "{fi: [Kommentit],")))
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly("questions[3].label.fi", "expected a text, found a list");
    }

    @Test
    void saysWhatWasExpectedForAQuestionThatIsNotAMapping() {
        DefinitionProblem problem = onlyProblem(validWith("  - key: comments\n", "  - comments\n  - key: comments\n"));

        assertThat(problem.line()).isEqualTo(31);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.path()).isEqualTo("questions[3]");
        assertThat(problem.message()).isEqualTo("expected a question (key, type, label…), found a single value");
    }

    @Test
    void reportsAMissingRequiredPropertyAtTheMappingThatLacksIt() {
        DefinitionProblem problem =
                onlyProblem(validWith("    label: {fi: Hyödyllisyys, sv: Nytta, en: Usefulness}\n", ""));

        assertThat(problem.line()).isEqualTo(27);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.path()).isEqualTo("questions[2]");
        assertThat(problem.message()).isEqualTo("missing required property 'label'");
    }

    @Test
    void reportsAMissingTopLevelPropertyAtTheRoot() {
        DefinitionProblem problem = onlyProblem("# Draft\n" + validWith("key: club-feedback\n", ""));

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.path()).isEmpty();
        assertThat(problem.describe()).isEqualTo("club-feedback.yaml:2:1: missing required property 'key'");
    }

    @Test
    void suggestsTheNearestKnownPropertyForATypo() {
        var problems = rejected(validWith("    minLabel:", "    minLable:"));

        assertThat(problems).singleElement().satisfies(problem -> {
            assertThat(problem.line()).isEqualTo(30);
            assertThat(problem.column()).isEqualTo(5);
            assertThat(problem.path()).isEqualTo("questions[2].minLable");
            assertThat(problem.message()).isEqualTo("unknown property 'minLable'; did you mean 'minLabel'?");
        });
        assertThat(rejected(validWith("defaultLanguage:", "defaultlanguage:")))
                .extracting(DefinitionProblem::message)
                .containsExactly(
                        "missing required property 'defaultLanguage'",
                        "unknown property 'defaultlanguage'; did you mean 'defaultLanguage'?");
    }

    @Test
    void reportsAnUnknownPropertyWithoutSuggestionWhenNothingIsClose() {
        DefinitionProblem problem =
                onlyProblem(validWith("    maxLength: 500\n", "    maxLength: 500\n    colour: red\n"));

        assertThat(problem.path()).isEqualTo("questions[3].colour");
        assertThat(problem.message()).isEqualTo("unknown property 'colour'");
    }

    @Test
    void typoInARequiredPropertyIsReportedTogetherWithTheMissingProperty() {
        var problems = rejected(validWith("    label: {fi: Hyödyllisyys", "    lable: {fi: Hyödyllisyys"));

        assertThat(problems)
                .extracting(DefinitionProblem::line, DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(
                        tuple(27, "questions[2]", "missing required property 'label'"),
                        tuple(29, "questions[2].lable", "unknown property 'lable'; did you mean 'label'?"));
    }

    @Test
    void reportsAPropertyGivenTwiceNamingTheFirstLine() {
        DefinitionProblem problem = onlyProblem(validWith("    type: rating\n", "    type: rating\n    type: text\n"));

        assertThat(problem.line()).isEqualTo(29);
        assertThat(problem.path()).isEqualTo("questions[2].type");
        assertThat(problem.message()).isEqualTo("duplicate property 'type' (first on line 28)");
    }

    @Test
    void reportsEveryProblemAtOnceInFileOrder() {
        String broken = validWith("key: club-feedback", "key: Club Feedback")
                .replace("    required: true", "    required: yes")
                .replace("    type: rating", "    type: slider")
                .replace("      - value: no\n", "      - value: yes\n")
                .replace("{fi: Aiheet, sv: Teman, en: Topics}", "{sv: Teman, en: Topics}")
                .replace("maxLength: 500", "maxLength: lots");

        assertThat(rejected(broken))
                .extracting(DefinitionProblem::line, DefinitionProblem::path)
                .containsExactly(
                        tuple(1, "key"),
                        tuple(9, "questions[0].required"),
                        tuple(14, "questions[0].choices[1].value"),
                        tuple(20, "questions[1].label"),
                        tuple(28, "questions[2].type"),
                        tuple(34, "questions[3].maxLength"));
    }
}
