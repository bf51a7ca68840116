package fi.mittari.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.mittari.yaml.DefinitionProblem;
import fi.mittari.yaml.DefinitionProblem.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionnaireModelTest {

    private static final LocalizedText NO_TEXT = LocalizedText.empty();

    @Test
    void findsQuestionsByKeyAndChoicesByValue() {
        var partners = new SingleChoiceQuestion(
                "partners",
                LocalizedText.of(Language.FI, "Kumppanit?"),
                NO_TEXT,
                true,
                List.of(new Choice("yes", LocalizedText.of(Language.FI, "Kyllä"))),
                Classification.NONE);
        var questionnaire =
                new Questionnaire("impact", NO_TEXT, NO_TEXT, Language.FI, List.of(Language.FI), List.of(partners));

        assertThat(questionnaire.question("partners")).contains(partners);
        assertThat(questionnaire.question("missing")).isEmpty();
        assertThat(partners.choice("yes")).isPresent();
        assertThat(partners.choice("no")).isEmpty();
        assertThat(questionnaire.offers(Language.FI)).isTrue();
        assertThat(questionnaire.offers(Language.EN)).isFalse();
    }

    @Test
    void keepsDefensiveCopiesOfItsLists() {
        List<Choice> choices = new ArrayList<>(List.of(new Choice("a", NO_TEXT)));
        var question = new MultipleChoiceQuestion("q", NO_TEXT, NO_TEXT, false, choices, Classification.NONE);
        choices.add(new Choice("b", NO_TEXT));

        assertThat(question.choices()).hasSize(1);
        assertThatThrownBy(() -> question.choices().add(new Choice("c", NO_TEXT)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void describesAProblemTheWayEditorsLinkToIt() {
        var error = new DefinitionProblem(
                "surveys/keko-impact.yaml",
                12,
                5,
                "questions[2].type",
                "unknown question type 'slider'",
                Severity.ERROR);
        var atRoot = new DefinitionProblem("a.yaml", 1, 1, "", "the file is empty", Severity.ERROR);
        var warning =
                new DefinitionProblem("a.yaml", 3, 8, "title.sv", "missing Swedish (sv) translation", Severity.WARNING);

        assertThat(error.describe())
                .isEqualTo("surveys/keko-impact.yaml:12:5: questions[2].type: unknown question type 'slider'");
        assertThat(atRoot.describe()).isEqualTo("a.yaml:1:1: the file is empty");
        assertThat(warning.describe()).isEqualTo("a.yaml:3:8: title.sv: missing Swedish (sv) translation (warning)");
    }

    @Test
    void rejectedNeedsAnErrorAndAcceptedAllowsOnlyWarnings() {
        var warning = new DefinitionProblem("a.yaml", 1, 1, "", "w", Severity.WARNING);
        var error = new DefinitionProblem("a.yaml", 1, 1, "", "e", Severity.ERROR);
        var questionnaire = new Questionnaire("q", NO_TEXT, NO_TEXT, Language.FI, List.of(Language.FI), List.of());

        assertThatThrownBy(() -> new DefinitionResult.Rejected(List.of(warning)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DefinitionResult.Accepted(questionnaire, List.of(error)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new DefinitionResult.Accepted(questionnaire, List.of(warning)).problems())
                .containsExactly(warning);
    }

    @Test
    void pagesMustHoldExactlyTheQuestionsInOrder() {
        Questionnaire impact = QuestionnaireFixture.impactSurvey();
        var first = new Page("a", NO_TEXT, NO_TEXT, java.util.Optional.empty(), List.of("partners", "activities"));
        var second = new Page("b", NO_TEXT, NO_TEXT, java.util.Optional.empty(), List.of("usefulness", "comments"));
        var paged = withPages(impact, List.of(first, second));

        assertThat(paged.hasPages()).isTrue();
        assertThat(paged.pageOf("usefulness")).contains(second);
        assertThat(paged.questionsOn(second)).extracting(Question::key).containsExactly("usefulness", "comments");
        assertThat(impact.hasPages()).isFalse();
        assertThat(impact.pages()).singleElement().satisfies(page -> assertThat(page.isImplicit())
                .isTrue());
        var swapped = new Page("b", NO_TEXT, NO_TEXT, java.util.Optional.empty(), List.of("comments", "usefulness"));
        assertThatThrownBy(() -> withPages(impact, List.of(first, swapped)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> withPages(impact, List.of(first))).isInstanceOf(IllegalArgumentException.class);
    }

    private static Questionnaire withPages(Questionnaire q, List<Page> pages) {
        return new Questionnaire(
                q.key(),
                q.title(),
                q.description(),
                q.defaultLanguage(),
                q.languages(),
                q.questions(),
                q.rules(),
                pages);
    }
}
