package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Choice;
import fi.mittari.questionnaire.Classification;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.LocalizedText;
import fi.mittari.questionnaire.MultipleChoiceQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionRulesTest {

    private static final LocalizedText TEXT = LocalizedText.of(Language.FI, "x");
    private static final MultipleChoiceQuestion USEFUL = new MultipleChoiceQuestion(
            "useful",
            TEXT,
            TEXT,
            false,
            List.of(
                    new Choice("contacts", TEXT),
                    new Choice("ideas", TEXT),
                    new Choice("training", TEXT),
                    new Choice("visits", TEXT),
                    new Choice("nothing", TEXT, true)),
            Classification.NONE,
            2,
            3);

    private static AnswerProblem.Reason refusal(String... ticked) {
        return SelectionRules.check(USEFUL, List.of(ticked)).problems().get(0).reason();
    }

    @Test
    void acceptsTicksWithinTheLimits() {
        assertThat(SelectionRules.check(USEFUL, List.of("contacts", "ideas")).answer())
                .isPresent();
    }

    @Test
    void refusesTooFewAndTooMany() {
        assertThat(refusal("contacts")).isEqualTo(AnswerProblem.Reason.TOO_FEW_CHOICES);
        assertThat(refusal("contacts", "ideas", "training", "visits")).isEqualTo(AnswerProblem.Reason.TOO_MANY_CHOICES);
        // a box sent twice is one tick
        assertThat(SelectionRules.check(USEFUL, List.of("contacts", "ideas", "training", "contacts"))
                        .answer())
                .isPresent();
    }

    @Test
    void noneOfTheseStandsAloneAndCountsAsEnough() {
        assertThat(refusal("nothing", "ideas")).isEqualTo(AnswerProblem.Reason.EXCLUSIVE_CHOICE);
        assertThat(SelectionRules.check(USEFUL, List.of("nothing")).answer()).isPresent();
    }

    @Test
    void refusesAValueThatIsNotAChoice() {
        assertThat(refusal("contacts", "dancing")).isEqualTo(AnswerProblem.Reason.NOT_A_CHOICE);
    }
}
