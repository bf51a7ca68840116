package fi.mittari.report.preparing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuasiIdentifiersTest {

    @Test
    void columnsWhoseCombinationsAllDescribeFivePersonsOrMoreAreKept() {
        List<Map<String, String>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(Map.of("region", i < 5 ? "lappi" : "uusimaa", "sector", "third_sector"));
        }

        var check = QuasiIdentifiers.check(List.of("region", "sector"), answers);

        assertThat(check.kept()).containsExactly("region", "sector");
        assertThat(check.dropped()).isEmpty();
    }

    @Test
    void theColumnThatSinglesPeopleOutIsDroppedAndNoGroupUnderFiveRemains() {
        List<Map<String, String>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, String> respondent = new HashMap<>();
            respondent.put("region", i < 6 ? "lappi" : "kainuu");
            respondent.put("start_date", "2024-" + (1 + i % 12)); // every respondent a month of their own
            if (i != 3) {
                respondent.put("sector", "student"); // one did not answer: a group of one by the missing value
            }
            answers.add(respondent);
        }

        var check = QuasiIdentifiers.check(List.of("region", "sector", "start_date"), answers);

        assertThat(check.dropped()).containsExactly("start_date", "sector");
        assertThat(check.kept()).containsExactly("region");
        assertThat(check.campaignLeftOut()).isFalse();
    }

    @Test
    void aCampaignOfFewerThanFiveRespondentsIsLeftOutWhole() {
        var check = QuasiIdentifiers.check(
                List.of("region"), List.of(Map.of("region", "lappi"), Map.of("region", "lappi")));

        assertThat(check.campaignLeftOut()).isTrue();
        assertThat(check.kept()).isEmpty();
    }
}
