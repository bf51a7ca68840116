package fi.mittari.response.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResponseApiAnswersTest {

    @Test
    void aMatrixObjectBecomesOneAnswerPerItemAndARankingListKeepsItsOrder() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("event", Map.of("venue", "good"));
        json.put("helps", List.of("training", "coaching"));
        json.put("welcome", 4.0);
        json.put("situation.other", "Omaishoitaja");

        var answers = ResponseApiController.answersFrom(json);

        assertThat(answers.of("event.venue")).containsExactly("good");
        assertThat(answers.of("helps")).containsExactly("training", "coaching");
        assertThat(answers.of("welcome")).containsExactly("4");
        assertThat(answers.of("situation.other")).containsExactly("Omaishoitaja");
    }
}
