package fi.mittari.response.web;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.expression.Value;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RespondentWritingTest {

    private final RespondentWriting swedish = new RespondentWriting(Language.SV);
    private final RespondentWriting english = new RespondentWriting(Language.EN);

    @Test
    void writesARefusalsBoundsAsTheHintsWriteWhatToType() {
        List<Object> bounds = List.of(
                LocalDate.of(2020, 1, 1),
                LocalTime.of(8, 0),
                LocalDateTime.of(2026, 12, 3, 9, 30),
                new BigDecimal("2.50"));

        assertThat(swedish.arguments(bounds)).containsExactly("1.1.2020", "8.00", "3.12.2026 9.30", "2,5");
        assertThat(english.arguments(bounds)).containsExactly("1.1.2020", "8:00", "3.12.2026 9:30", "2.5");
        assertThat(new RespondentWriting(Language.FI).arguments(bounds))
                .containsExactly("1.1.2020", "8.00", "3.12.2026 9.30", "2,5");
    }

    @Test
    void leavesCountsAndChoiceLabelsInARefusalAsTheyAre() {
        assertThat(swedish.arguments(List.of(3, "Annat"))).containsExactly(3, "Annat");
    }

    @Test
    void showsACalculatedNumberOrDateInALabelAsThePageWritesThem() {
        assertThat(swedish.value(new Value.Num(new BigDecimal("28.57")))).isEqualTo("28,57");
        assertThat(english.value(new Value.Num(new BigDecimal("28.57")))).isEqualTo("28.57");
        assertThat(swedish.value(new Value.Num(new BigDecimal("25.00")))).isEqualTo("25");
        assertThat(swedish.value(new Value.Day(LocalDate.of(2026, 12, 3)))).isEqualTo("3.12.2026");
        assertThat(english.value(new Value.TimeOfDay(LocalTime.of(9, 5)))).isEqualTo("9:05");
        assertThat(swedish.value(Value.EMPTY)).isEmpty();
        assertThat(swedish.value(new Value.Text("Esbo"))).isEqualTo("Esbo");
    }
}
