package fi.mittari.campaign;

import fi.mittari.campaign.persistence.CampaignRepository;
import jakarta.inject.Singleton;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
            SELECT submitted_at FROM response
             WHERE campaign_id = :campaignId AND submitted_at >= :since
            """;

    private final CampaignRepository campaigns;
    private final Invitations invitations;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;

    CountingCampaign(
            CampaignRepository campaigns, Invitations invitations, NamedParameterJdbcTemplate jdbc, Clock clock) {
        this.campaigns = campaigns;
        this.invitations = invitations;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public CampaignCounts counts(Campaign campaign) {
        LocalDate today = clock.instant().atZone(Campaign.ZONE).toLocalDate();
        Instant since = today.minusDays(DAYS - 1L).atStartOfDay(Campaign.ZONE).toInstant();
        // Days are Finnish days, so the grouping is done here rather than by the database's (UTC) date.
        Map<LocalDate, Long> byDay = new TreeMap<>();
        jdbc.query(
                SUBMITTED_SINCE,
                new MapSqlParameterSource()
                        .addValue("campaignId", campaign.id())
                        .addValue("since", Timestamp.from(since)),
                row -> {
                    LocalDate day = row.getTimestamp("submitted_at")
                            .toInstant()
                            .atZone(Campaign.ZONE)
                            .toLocalDate();
                    byDay.merge(day, 1L, Long::sum);
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
