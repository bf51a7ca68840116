package fi.mittari.questionnaire;

import static fi.mittari.questionnaire.QuestionnaireYamlFixture.accepted;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.onlyProblem;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.read;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.validWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.DefinitionProblem.Severity;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderLanguageRulesTest {

    private static final String TOPICS_LABEL = "{fi: Aiheet, sv: Teman, en: Topics}";

    @Test
    void reportsAnUnknownLanguageInTheLanguageList() {
        DefinitionProblem problem = onlyProblem(validWith("languages: [fi, sv, en]", "languages: [fi, sv, de]"));

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(21);
        assertThat(problem.path()).isEqualTo("languages[2]");
        assertThat(problem.message()).isEqualTo("unknown language 'de'; expected fi, sv or en");
    }

    @Test
    void suggestsThePlainCodeForARegionalTag() {
        DefinitionProblem problem = onlyProblem(validWith("languages: [fi, sv, en]", "languages: [fi, sv-FI, en]"));

        assertThat(problem.path()).isEqualTo("languages[1]");
        assertThat(problem.message()).isEqualTo("unknown language 'sv-FI'; expected fi, sv or en; did you mean 'sv'?");
    }

    @Test
    void reportsAnUnknownLanguageAsTheKeyOfAText() {
        DefinitionProblem problem = onlyProblem(validWith(
                "{fi: Palaute, sv: Respons, en: Feedback}", "{fi: Palaute, sv: Respons, en: Feedback, se: Dearvva}"));

        assertThat(problem.line()).isEqualTo(4);
        assertThat(problem.column()).isEqualTo(49);
        assertThat(problem.path()).isEqualTo("title.se");
        assertThat(problem.message()).isEqualTo("unknown language 'se'; expected fi, sv or en");
    }

    @Test
    void reportsAnUnknownDefaultLanguage() {
        DefinitionProblem problem = onlyProblem(validWith("defaultLanguage: fi", "defaultLanguage: finnish"));

        assertThat(problem.line()).isEqualTo(2);
        assertThat(problem.column()).isEqualTo(18);
        assertThat(problem.path()).isEqualTo("defaultLanguage");
        assertThat(problem.message()).isEqualTo("unknown language 'finnish'; expected fi, sv or en");
    }

    @Test
    void requiresTheLanguageListToIncludeTheDefaultLanguage() {
        DefinitionProblem problem = onlyProblem(validWith("languages: [fi, sv, en]", "languages: [sv, en]"));

        assertThat(problem.line()).isEqualTo(3);
        assertThat(problem.column()).isEqualTo(12);
        assertThat(problem.path()).isEqualTo("languages");
        assertThat(problem.message()).isEqualTo("languages must include the default language 'fi'");
    }

    @Test
    void reportsALanguageListedTwiceOrNoLanguageAtAll() {
        DefinitionProblem twice = onlyProblem(validWith("languages: [fi, sv, en]", "languages: [fi, sv, en, sv]"));
        DefinitionProblem none = onlyProblem(validWith("languages: [fi, sv, en]", "languages: []"));

        assertThat(twice.path()).isEqualTo("languages[3]");
        assertThat(twice.message()).isEqualTo("duplicate language 'sv' (first on line 3)");
        assertThat(none.path()).isEqualTo("languages");
        assertThat(none.message()).isEqualTo("list at least one language");
    }

    @Test
    void rejectsATextWithoutTheDefaultLanguage() {
        DefinitionProblem problem = onlyProblem(validWith(TOPICS_LABEL, "{sv: Teman, en: Topics}"));

        assertThat(problem.severity()).isEqualTo(Severity.ERROR);
        assertThat(problem.line()).isEqualTo(20);
        assertThat(problem.column()).isEqualTo(12);
        assertThat(problem.path()).isEqualTo("questions[1].label");
        assertThat(problem.message()).isEqualTo("missing Finnish (fi) text (the default language)");
    }

    @Test
    void countsABlankTextAsMissing() {
        DefinitionProblem blankDefault = onlyProblem(validWith(TOPICS_LABEL, "{fi: \" \", sv: Teman, en: Topics}"));
        DefinitionProblem blankSwedish = onlyProblem(validWith(TOPICS_LABEL, "{fi: Aiheet, sv: \"\", en: Topics}"));

        assertThat(blankDefault.severity()).isEqualTo(Severity.ERROR);
        assertThat(blankDefault.message()).isEqualTo("missing Finnish (fi) text (the default language)");
        assertThat(blankSwedish.severity()).isEqualTo(Severity.WARNING);
        assertThat(blankSwedish.path()).isEqualTo("questions[1].label.sv");
    }

    @Test
    void warnsOfEveryMissingTranslationAndNamesTheDefaultLanguage() {
        String swedishFirst =
                validWith("defaultLanguage: fi", "defaultLanguage: sv").replace(TOPICS_LABEL, "{sv: Teman}");
        DefinitionResult result = read(swedishFirst);

        assertThat(result).isInstanceOf(DefinitionResult.Accepted.class);
        assertThat(result.problems())
                .extracting(DefinitionProblem::path, DefinitionProblem::message)
                .containsExactly(
                        tuple(
                                "questions[1].label.fi",
                                "missing Finnish (fi) translation; respondents will see the Swedish text"),
                        tuple(
                                "questions[1].label.en",
                                "missing English (en) translation; respondents will see the Swedish text"));
    }

    @Test
    void reportsALanguageGivenTwiceInOneText() {
        DefinitionProblem problem =
                onlyProblem(validWith(TOPICS_LABEL, "{fi: Aiheet, sv: Teman, en: Topics, fi: Ämnen}"));

        assertThat(problem.path()).isEqualTo("questions[1].label.fi");
        assertThat(problem.message()).isEqualTo("duplicate property 'fi' (first on line 20)");
    }

    @Test
    void ignoresTranslationsIntoLanguagesNotOffered() {
        Questionnaire finnishOnly = accepted(validWith("languages: [fi, sv, en]", "languages: [fi]"));

        assertThat(finnishOnly.languages()).containsExactly(Language.FI);
        assertThat(finnishOnly.offers(Language.SV)).isFalse();
    }
}
