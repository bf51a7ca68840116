package fi.mittari.report.preparing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuasiIdentifiersTest {

    @Test
    void columnsWhoseCombinationsAllDescribeFivePersonsOrMoreAreKeptAsTheyAre() {
        List<Map<String, String>> answers = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            answers.add(Map.of("region", i < 5 ? "lappi" : "uusimaa", "sector", "third_sector"));
        }

        var check = QuasiIdentifiers.check(List.of("region", "sector"), answers);

        assertThat(check.kept()).containsExactly("region", "sector");
        assertThat(check.dropped()).isEmpty();
        assertThat(check.merged()).isEmpty();
    }

    @Test
    void aRareValueIsMergedWithTheNextRarestUntilTheMergedGroupHasFive() {
        List<Map<String, String>> answers = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            answers.add(Map.of("sector", i < 3 ? "company" : i < 9 ? "third_sector" : "kela"));
        }

        var check = QuasiIdentifiers.check(List.of("sector"), answers);

        // company 3 alone is too few, company and the third sector 9 are enough; Kela 7 stays as it is
        assertThat(check.merged()).containsEntry("sector", Set.of("company", "third_sector"));
        assertThat(check.kept()).containsExactly("sector");
        assertThat(check.shownMerged("sector", "kela")).isFalse();
    }

    @Test
    void aColumnThatSinglesEveryoneOutIsDroppedAndNoCombinationUnderFiveRemains() {
        List<Map<String, String>> answers = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Map<String, String> respondent = new HashMap<>();
            respondent.put("region", i < 6 ? "lappi" : "kainuu");
            respondent.put("start_date", "2024-" + (10 + i)); // a month of their own each
            answers.add(respondent);
        }

        var check = QuasiIdentifiers.check(List.of("region", "start_date"), answers);

        assertThat(check.kept()).containsExactly("region");
        assertThat(check.dropped()).containsExactly("start_date");
        assertThat(check.merged()).doesNotContainKey("region");
        // every combination left describes at least five
        Map<List<String>, Integer> groups = new HashMap<>();
        for (Map<String, String> a : answers) {
            List<String> combination = check.kept().stream()
                    .map(c -> check.shownMerged(c, a.get(c)) ? QuasiIdentifiers.MERGED : a.get(c))
                    .toList();
            groups.merge(combination, 1, Integer::sum);
        }
        assertThat(groups.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(5));
    }

    @Test
    void aCampaignOfFewerThanFiveRespondentsIsLeftOutWhole() {
        var check = QuasiIdentifiers.check(
                List.of("region"), List.of(Map.of("region", "lappi"), Map.of("region", "lappi")));

        assertThat(check.campaignLeftOut()).isTrue();
        assertThat(check.kept()).isEmpty();
    }
}
