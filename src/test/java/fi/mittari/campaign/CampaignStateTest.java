package fi.mittari.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fi.mittari.questionnaire.Language;
import fi.mittari.support.TimeZones;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CampaignStateTest {

    private static final Instant OPENS = Instant.parse("2026-03-01T07:00:00Z");
    private static final Instant CLOSES = Instant.parse("2026-03-31T21:00:00Z");

    private static Campaign campaign(Instant opensAt, Instant closesAt, Integer cap) {
        return new Campaign(
                1L,
                "c",
                "C",
                1,
                null,
                closesAt,
                OPENS,
                opensAt,
                AccessMode.PUBLIC,
                "sv,fi",
                cap,
                null,
                "Kiitos!",
                null,
                " ",
                CampaignPurpose.SURVEY);
    }

    @Test
    void aCampaignTakesAnswersFromItsOpeningUntilJustBeforeItsClosing() {
        var campaign = campaign(OPENS, CLOSES, null);

        assertThat(campaign.stateAt(OPENS.minusMillis(1), 0)).isEqualTo(CampaignState.NOT_YET_OPEN);
        assertThat(campaign.stateAt(OPENS, 0)).isEqualTo(CampaignState.OPEN);
        assertThat(campaign.stateAt(CLOSES.minusMillis(1), 0)).isEqualTo(CampaignState.OPEN);
        assertThat(campaign.stateAt(CLOSES, 0)).isEqualTo(CampaignState.CLOSED);
    }

    @Test
    void aCampaignIsFullWhenItsCapIsReachedButClosedWinsOverFull() {
        var campaign = campaign(null, CLOSES, 20);

        assertThat(campaign.stateAt(OPENS, 19)).isEqualTo(CampaignState.OPEN);
        assertThat(campaign.stateAt(OPENS, 20)).isEqualTo(CampaignState.FULL);
        assertThat(campaign.stateAt(CLOSES, 20)).isEqualTo(CampaignState.CLOSED);
    }

    @Test
    void languagesAndThankYouTextsAreReadFromTheirColumns() {
        var campaign = campaign(null, null, null);

        assertThat(campaign.offeredLanguages()).containsExactly(Language.SV, Language.FI);
        assertThat(campaign.thankYou(Language.FI)).contains("Kiitos!");
        assertThat(campaign.thankYou(Language.EN))
                .as("blank means the standard text")
                .isEmpty();
        assertThat(campaign.thankYou(Language.SV)).isEmpty();
    }

    @Test
    void itsDaysAreDaysInTheGivenZoneAndACloseAtMidnightEndsTheDayBefore() {
        // CLOSES is 2026-04-01 00:00 in Finland (summer time), OPENS 2026-03-01 09:00
        var campaign = campaign(OPENS, CLOSES, null);
        assertThat(campaign.openingDay(HELSINKI)).contains(LocalDate.of(2026, 3, 1));
        assertThat(campaign.lastDay(HELSINKI)).contains(LocalDate.of(2026, 3, 31));
        assertThat(campaign.lastDay(ZoneId.of("UTC")))
                .as("21:00 UTC on 31 March is not midnight in UTC")
                .contains(LocalDate.of(2026, 3, 31));
        assertThat(campaign.lastDay(ZoneId.of("Pacific/Auckland"))).contains(LocalDate.of(2026, 4, 1));

        var closedInTheAfternoon = campaign.withTimes(OPENS, Instant.parse("2026-03-10T12:05:00Z"));
        assertThat(closedInTheAfternoon.lastDay(HELSINKI)).contains(LocalDate.of(2026, 3, 10));
        assertThat(campaign(null, null, null).lastDay(HELSINKI)).isEmpty();
    }

    private static final ZoneId HELSINKI = TimeZones.HELSINKI;
}
