package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.expression.Value;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** What of a calculation's value is stored as its answer, which the pages after show in place of ${key}. */
class CalculatedAnswersTest {

    @Test
    void aTimeOfDayIsStoredAsATimeQuestionsAnswerIs() {
        assertThat(CalculatedAnswers.of(new Value.TimeOfDay(LocalTime.of(9, 30))))
                .contains(new AnswerValue.TimeOfDay(LocalTime.of(9, 30)));
    }

    @Test
    void aDateAndTimeIsStoredAsADatetimeQuestionsAnswerIs() {
        LocalDateTime moment = LocalDateTime.of(2026, 12, 3, 7, 5);
        assertThat(CalculatedAnswers.of(new Value.DateTime(moment))).contains(new AnswerValue.DateTime(moment));
    }

    @Test
    void aNumberIsRoundedHalfAwayFromZeroToFourDecimals() {
        assertThat(CalculatedAnswers.of(new Value.Num(new BigDecimal("-28.571450"))))
                .contains(new AnswerValue.Number(new BigDecimal("-28.5715")));
    }
}
