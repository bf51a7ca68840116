package fi.mittari.demo;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.response.Channel;
import fi.mittari.support.StaffApi;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The seeds scenario (resources/demo/, also the demo data) gives the published figures (docs/domain.md) through the API, after the
 * scheduled job's on-demand twin has computed them from the files' events, participation and responses. Expected
 * values are worked out by hand from the files (see the comments).
 */
@MicronautTest(transactional = false)
class SeedScenarioIntegrationTest {

    @Inject
    @Client("/")
    HttpClient client;

    @Inject
    SeedScenario scenario;

    StaffApi staff;

    @BeforeEach
    void loadAndCompute() {
        staff = StaffApi.loginAsAdmin(client.toBlocking());
        if (!scenario.loaded()) {
            scenario.load(Channel.IMPORT);
            assertThat(staff.runJob("aggregateIndicators", Map.of("project", "keko")))
                    .containsEntry("status", "COMPLETED");
            assertThat(staff.runJob("aggregateIndicators", Map.of("project", "tyokyky")))
                    .containsEntry("status", "COMPLETED");
        }
    }

    @Test
    void kekoEventsGiveTheArticlesAttendanceFigures() {
        // 57 events (28 in 2018, 29 in 2019: "nearly 30 events in 2019"); attendance sums to 1,290
        assertThat(total("keko", "events").get("value")).hasToString("57");
        assertThat(group("keko", "events", "year", "2019").get("value")).hasToString("29");
        assertThat(total("keko", "participants").get("value")).hasToString("1290");
        // 1290 / 57 = 22.63…: "20–25 per event on average"; the fair of 2019 had 86
        assertThat(total("keko", "participants_per_event").get("value")).hasToString("22.6");
        assertThat(total("keko", "largest_event").get("value")).hasToString("86");
        // 63 organisations sent someone ("over 60 employment actors met")
        assertThat(total("keko", "actors_met").get("value")).hasToString("63");
    }

    @Test
    void theThirdSectorShareAndTheSurveysNewPartnersAreTheArticlesPercentages() {
        // 722 of 1290 participants from the third sector = 0.5597: "56 %"; every participant is counted (a census):
        // no sampling interval
        var third = total("keko", "third_sector_share");
        assertThat(third.get("value")).hasToString("0.56"); // 0.560 to the definition's 3 decimals
        assertThat(third).containsEntry("numerator", 722).containsEntry("denominator", 1290);
        assertThat(third).doesNotContainKey("interval");
        // 53 of the 100 respondents found new partners: "53 %"; Wilson 0.4329–0.6249
        var partners = total("keko", "found_new_partners");
        assertThat(partners.get("value")).hasToString("0.53");
        assertThat(partners).containsEntry("numerator", 53).containsEntry("denominator", 100);
        assertThat(partners.get("interval")).hasToString("{low=0.4329, high=0.6249, level=0.95}");
    }

    @Test
    void coachingGivesTheEmploymentRateWithItsInterval() {
        assertThat(total("tyokyky", "coached").get("value")).hasToString("64");
        // 12 on the open labour market and 5 in wage-subsidised work at follow-up
        assertThat(total("tyokyky", "employed").get("value")).hasToString("17");
        // 17 / 64 = 0.2656: "employment rate 0.27"; every coached participant is counted (a census): no interval
        var rate = total("tyokyky", "employment_rate");
        assertThat(rate.get("value")).hasToString("0.27");
        assertThat(rate).containsEntry("numerator", 17).containsEntry("denominator", 64);
        assertThat(rate).doesNotContainKey("interval");
    }

    @Test
    void theEmploymentRateByYearHasAGroupForEachYearCoachingStarted() {
        // coaching started in 2020 for 48 (14 of them employed at follow-up) and in 2021 for 16 (3 employed)
        assertThat(group("tyokyky", "coached", "year", "2020").get("value")).hasToString("48");
        assertThat(group("tyokyky", "coached", "year", "2021").get("value")).hasToString("16");
        // 3 employed are too few persons to show (and 14 would tell them): the groups are there, their figures
        // are as suppression decides
        for (String year : List.of("2020", "2021")) {
            assertThat(group("tyokyky", "employed", "year", year)).containsEntry("group", year);
            assertThat(group("tyokyky", "employment_rate", "year", year)).containsEntry("group", year);
        }
    }

    @Test
    void workAbilityChangePairsBaselineAndFollowUpOfTheSamePerson() {
        // 58 persons answered both; 6 of the 64 were not reached; changes sum to +37: mean 0.6379 → 0.6;
        // 36 improved, 10 the same, 12 worse (counted from the two files)
        var change = total("tyokyky", "work_ability_change");
        assertThat(change.get("value")).hasToString("0.6");
        assertThat(change.get("details").toString())
                .contains("pairs=58", "personsLost=6", "improved=36", "same=10", "worse=12");
        // sd of the 58 changes 1.2383, t(57, 0.975) = 2.0025: 0.6379 ± 2.0025 × 1.2383 / √58 = 0.3123–0.9635
        assertThat(change.get("interval")).hasToString("{low=0.3123, high=0.9635, level=0.95}");
    }

    private Map<String, Object> total(String project, String indicator) {
        return group(project, indicator, "", "");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> group(String project, String indicator, String breakdown, String group) {
        var body = staff.get("/api/indicators/results?project=" + project + "&indicator=" + indicator
                        + (breakdown.isEmpty() ? "" : "&breakdown=" + breakdown))
                .body();
        var values = (List<Map<String, Object>>) body.get("values");
        assertThat(values).as(project + " " + indicator + " " + body).isNotNull();
        return values.stream()
                .filter(v -> group.equals(v.get("group") == null ? "" : v.get("group")))
                .filter(v -> breakdown.equals(v.get("breakdown") == null ? "" : v.get("breakdown")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(indicator + " has no group '" + group + "' in " + values));
    }
}
