package fi.mittari.questionnaire.xlsform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The corpus filler's reading of a question's rule gives an answer the rule allows, or none when it cannot tell. */
class AnswerRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @Test
    void aDecimalBetweenStrictBoundsIsHalfwayBetweenThem() {
        assertThat(AnswerRules.number(". > 10.51 and . < 18.39", null, null, true))
                .contains("14.45");
    }

    @Test
    void aWholeNumberStaysInsideItsBoundsAndPastAStrictOne() {
        assertThat(AnswerRules.number(". > 10.51 and . < 18.39", null, null, false))
                .contains("15");
        assertThat(AnswerRules.number(". > 4", null, null, false)).contains("5");
        assertThat(AnswerRules.number(". < 10", null, null, false)).contains("9");
        assertThat(AnswerRules.number("", 18, 120, false)).contains("69");
        assertThat(AnswerRules.number(". > 1 and . < 2", null, null, false)).isEmpty();
    }

    @Test
    void aConstraintWithoutAPlainBoundGivesNoAnswer() {
        assertThat(AnswerRules.number(". != ${other}", null, null, false)).isEmpty();
        assertThat(AnswerRules.number("string-length(.) > 3", null, null, false))
                .isEmpty();
        assertThat(AnswerRules.date("", null, null, TODAY)).isEmpty();
    }

    @Test
    void aDateBoundByTodayIsAMonthOnItsSide() {
        assertThat(AnswerRules.date(". >= today()", null, null, TODAY)).contains("2027-01-03");
        assertThat(AnswerRules.date(". < today()", null, null, TODAY)).contains("2026-11-04");
        assertThat(AnswerRules.date("", "2020-01-01", null, TODAY)).contains("2020-01-01");
    }
}
