package fi.mittari.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fi.mittari.response.persistence.AnswerRow;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswerRowsTest {

    private static List<AnswerRow> rows(String key, AnswerValue value) {
        return ResponseWriter.rows(7, List.of(new Answer(key, value)));
    }

    @Test
    void storesALikertPointAsANumberAndAsAChoice() {
        assertThat(rows("welcome", new AnswerValue.ScalePoint(4)))
                .extracting(AnswerRow::questionKey, AnswerRow::choiceValue, AnswerRow::numberValue)
                .containsExactly(tuple("welcome", "4", BigDecimal.valueOf(4)));
    }

    @Test
    void storesEachAnsweredMatrixItemUnderMatrixDotItem() {
        Map<String, String> byItem = new LinkedHashMap<>();
        byItem.put("venue", "good");
        byItem.put("programme", "poor");
        assertThat(rows("event", new AnswerValue.ItemChoices(byItem)))
                .extracting(AnswerRow::questionKey, AnswerRow::choiceValue)
                .containsExactly(tuple("event.venue", "good"), tuple("event.programme", "poor"));
    }

    @Test
    void storesEachRankedChoiceWithItsRank() {
        assertThat(rows("helps", new AnswerValue.Ranked(List.of("training", "coaching"))))
                .extracting(AnswerRow::questionKey, AnswerRow::choiceValue, AnswerRow::numberValue)
                .containsExactly(
                        tuple("helps", "training", BigDecimal.valueOf(1)),
                        tuple("helps", "coaching", BigDecimal.valueOf(2)));
    }

    @Test
    void storesTheTextOfOtherOnlyOnTheOtherChoicesRow() {
        assertThat(rows("goals", new AnswerValue.SelectedChoices(List.of("job", "other"), "own business")))
                .extracting(AnswerRow::choiceValue, AnswerRow::textValue)
                .containsExactly(tuple("job", null), tuple("other", "own business"));
        assertThat(rows("situation", new AnswerValue.SelectedChoice("jobseeker")))
                .extracting(AnswerRow::choiceValue, AnswerRow::textValue)
                .containsExactly(tuple("jobseeker", null));
    }
}
