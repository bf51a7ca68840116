package fi.mittari.questionnaire;

import static fi.mittari.questionnaire.QuestionnaireYamlFixture.accepted;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.onlyProblem;
import static fi.mittari.questionnaire.QuestionnaireYamlFixture.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.yaml.DefinitionProblem;
import org.junit.jupiter.api.Test;

class QuestionnaireYamlReaderPagesTest {

    /** Two pages in two languages; the second is shown only to those who are employed. Line numbers matter. */
    static final String PAGED =
            """
            key: followup
            defaultLanguage: fi
            languages: [fi, en]
            title: {fi: Seuranta, en: Follow-up}
            pages:
              - key: situation
                title: {fi: Tilanteesi, en: Your situation}
                intro: {fi: Kerro ensin tilanteestasi., en: First tell us about your situation.}
                questions:
                  - key: employed
                    type: yes_no
                    required: true
                    label: {fi: "Oletko työssä?", en: "Are you employed?"}
                  - key: started
                    type: date
                    label: {fi: Aloitit, en: You started}
              - key: work
                title: {fi: Työsi, en: Your work}
                relevant: employed = 'yes'
                questions:
                  - key: hours
                    type: number
                    required: true
                    label: {fi: Tunnit, en: Hours}
            """;

    @Test
    void readsPagesWithTheirTextsConditionsAndQuestions() {
        Questionnaire q = accepted(PAGED);

        assertThat(q.hasPages()).isTrue();
        assertThat(q.pages())
                .extracting(Page::key, p -> p.title().get(Language.EN).orElseThrow(), Page::questionKeys)
                .containsExactly(
                        tuple("situation", "Your situation", java.util.List.of("employed", "started")),
                        tuple("work", "Your work", java.util.List.of("hours")));
        assertThat(q.pages().get(0).intro().get(Language.FI)).contains("Kerro ensin tilanteestasi.");
        assertThat(q.pages().get(0).relevant()).isEmpty();
        assertThat(q.pages().get(1).relevant()).isPresent();
        assertThat(q.questions()).extracting(Question::key).containsExactly("employed", "started", "hours");
        assertThat(q.pageOf("hours")).map(Page::key).contains("work");
    }

    @Test
    void aQuestionnaireWithoutPagesHasOneImplicitPageOfAllItsQuestions() {
        Questionnaire q = accepted(QuestionnaireYamlFixture.VALID);

        assertThat(q.hasPages()).isFalse();
        assertThat(q.pages()).singleElement().satisfies(page -> {
            assertThat(page.isImplicit()).isTrue();
            assertThat(page.title().isEmpty()).isTrue();
            assertThat(page.questionKeys()).containsExactly("attended", "topics", "usefulness", "comments");
        });
    }

    @Test
    void refusesQuestionsAndPagesTogether() {
        DefinitionProblem problem = onlyProblem(
                PAGED.replace("pages:\n", "questions:\n  - {key: x, type: text, label: {fi: X, en: X}}\npages:\n"));

        assertThat(problem.line()).isEqualTo(7);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.path()).isEqualTo("pages");
        assertThat(problem.message()).contains("either questions or pages");
    }

    @Test
    void refusesAQuestionnaireWithNeitherQuestionsNorPages() {
        DefinitionProblem problem = onlyProblem(PAGED.substring(0, PAGED.indexOf("pages:")));

        assertThat(problem.line()).isEqualTo(1);
        assertThat(problem.column()).isEqualTo(1);
        assertThat(problem.message())
                .isEqualTo("missing required property 'questions' (or 'pages', each with its questions)");
    }

    @Test
    void refusesAnEmptyPage() {
        String empty = PAGED.replace(
                """
                    questions:
                      - key: hours
                        type: number
                        required: true
                        label: {fi: Tunnit, en: Hours}
                """,
                "    questions: []\n");
        DefinitionProblem problem = onlyProblem(empty);

        assertThat(problem.line()).isEqualTo(20);
        assertThat(problem.column()).isEqualTo(16);
        assertThat(problem.path()).isEqualTo("pages[1].questions");
        assertThat(problem.message()).isEqualTo("add at least one question");
    }

    @Test
    void refusesAPageWithoutQuestionsAndAnEmptyListOfPages() {
        DefinitionProblem noQuestions =
                onlyProblem(PAGED.substring(0, PAGED.indexOf("    questions:\n      - key: hours")));
        assertThat(noQuestions.line()).isEqualTo(17);
        assertThat(noQuestions.column()).isEqualTo(5);
        assertThat(noQuestions.path()).isEqualTo("pages[1]");
        assertThat(noQuestions.message()).isEqualTo("missing required property 'questions'");

        DefinitionProblem noPages = onlyProblem(PAGED.substring(0, PAGED.indexOf("pages:")) + "pages: []\n");
        assertThat(noPages.line()).isEqualTo(5);
        assertThat(noPages.column()).isEqualTo(1);
        assertThat(noPages.message()).isEqualTo("add at least one page");
    }

    @Test
    void refusesADuplicatePageKeyAndAMalformedOne() {
        DefinitionProblem duplicate = onlyProblem(PAGED.replace("  - key: work", "  - key: situation"));
        assertThat(duplicate.line()).isEqualTo(17);
        assertThat(duplicate.column()).isEqualTo(10);
        assertThat(duplicate.path()).isEqualTo("pages[1].key");
        assertThat(duplicate.message()).isEqualTo("duplicate page key 'situation' (first on line 6)");

        DefinitionProblem malformed = onlyProblem(PAGED.replace("  - key: work", "  - key: Work-Page"));
        assertThat(malformed.path()).isEqualTo("pages[1].key");
        assertThat(malformed.message()).startsWith("page key 'Work-Page' must be lowercase letters");
    }

    @Test
    void keepsQuestionKeysUniqueAcrossPages() {
        DefinitionProblem problem = onlyProblem(PAGED.replace("- key: hours", "- key: started"));

        assertThat(problem.line()).isEqualTo(21);
        assertThat(problem.column()).isEqualTo(14);
        assertThat(problem.path()).isEqualTo("pages[1].questions[0].key");
        assertThat(problem.message()).isEqualTo("duplicate question key 'started' (first on line 14)");
    }

    @Test
    void requiresATitleAndWarnsAboutAMissingTranslation() {
        DefinitionProblem missing = onlyProblem(PAGED.replace("    title: {fi: Työsi, en: Your work}\n", ""));
        assertThat(missing.line()).isEqualTo(17);
        assertThat(missing.path()).isEqualTo("pages[1]");
        assertThat(missing.message()).isEqualTo("missing required property 'title'");

        var untranslated = read(PAGED.replace(", en: First tell us about your situation.", ""));
        assertThat(untranslated).isInstanceOf(DefinitionResult.Accepted.class);
        assertThat(untranslated.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(DefinitionProblem.Severity.WARNING);
            assertThat(p.line()).isEqualTo(8);
            assertThat(p.path()).isEqualTo("pages[0].intro.en");
        });
    }

    @Test
    void refusesAnUnknownPropertyOnAPage() {
        DefinitionProblem problem = onlyProblem(PAGED.replace("    intro:", "    intra:"));

        assertThat(problem.line()).isEqualTo(8);
        assertThat(problem.column()).isEqualTo(5);
        assertThat(problem.path()).isEqualTo("pages[0].intra");
        assertThat(problem.message()).isEqualTo("unknown property 'intra'; did you mean 'intro'?");
    }

    @Test
    void refusesAPageConditionOnAQuestionOfTheSameOrALaterPage() {
        DefinitionProblem same = onlyProblem(PAGED.replace("employed = 'yes'", "hours > 0"));
        assertThat(same.line()).isEqualTo(19);
        assertThat(same.column()).isEqualTo(15);
        assertThat(same.path()).isEqualTo("pages[1].relevant");
        assertThat(same.message())
                .isEqualTo("page 'work' refers to 'hours', which is on this page; a page condition can only use"
                        + " answers to questions on earlier pages");

        String onFirstPage = PAGED.replace(
                "    intro: {fi: Kerro ensin tilanteestasi., en: First tell us about your situation.}\n",
                "    relevant: hours > 0\n");
        DefinitionProblem later = onlyProblem(onFirstPage);
        assertThat(later.line()).isEqualTo(8);
        assertThat(later.path()).isEqualTo("pages[0].relevant");
        assertThat(later.message()).startsWith("page 'situation' refers to 'hours', which is on the later page 'work'");
    }

    @Test
    void typeChecksAPageConditionAtItsColumn() {
        DefinitionProblem wrongType = onlyProblem(PAGED.replace("employed = 'yes'", "started > 3"));
        assertThat(wrongType.line()).isEqualTo(19);
        assertThat(wrongType.path()).isEqualTo("pages[1].relevant");

        DefinitionProblem unknown = onlyProblem(PAGED.replace("employed = 'yes'", "employd = 'yes'"));
        assertThat(unknown.column()).isEqualTo(15);
        assertThat(unknown.message()).contains("'employd'").contains("employed");

        DefinitionProblem syntax = onlyProblem(PAGED.replace("employed = 'yes'", "employed = = 'yes'"));
        assertThat(syntax.line()).isEqualTo(19);
        assertThat(syntax.column()).isEqualTo(26);
    }
}
