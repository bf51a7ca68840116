package fi.mittari.campaign;

import fi.mittari.campaign.persistence.CampaignRepository;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Counts for the campaign page: what staff watch while a campaign runs. */
@Singleton
public class CountingCampaign {

    /** Days shown in the per-day table. */
    public static final int DAYS = 28;

    private static final String SUBMITTED_SINCE =
            """
            SELECT submitted_on, COUNT(*) AS responses FROM response
             WHERE campaign_id = :campaignId AND submitted_on >= :since
             GROUP BY submitted_on
            """;

    private final CampaignRepository campaigns;
    private final Invitations invitations;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;

    CountingCampaign(
            CampaignRepository campaigns,
            Invitations invitations,
            NamedParameterJdbcTemplate jdbc,
            Clock clock,
            ZoneId zone) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    public CampaignCounts counts(Campaign campaign) {
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        // Days are the setting's days, stored beside each response, never the database's or the JVM's date.
        Map<LocalDate, Long> byDay = new TreeMap<>();
        jdbc.query(
                SUBMITTED_SINCE,
                new MapSqlParameterSource()
                        .addValue("campaignId", campaign.id())
                        .addValue("since", today.minusDays(DAYS - 1L)),
                row -> {
                    byDay.put(row.getDate("submitted_on").toLocalDate(), row.getLong("responses"));
                });
        var invited = invitations.counts(campaign);
        return new CampaignCounts(
                campaigns.countResponses(campaign.id()),
                campaigns.countPartialResponses(campaign.id()),
                invited.created(),
                invited.used(),
                byDay);
    }
}
