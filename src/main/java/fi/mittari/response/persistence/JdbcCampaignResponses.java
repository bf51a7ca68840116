package fi.mittari.response.persistence;

import fi.mittari.campaign.CampaignResponses;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The campaign page's counts over table response, grouped by the day stored beside each response. */
@Singleton
class JdbcCampaignResponses implements CampaignResponses {

    private static final String SUBMITTED_SINCE =
            """
            SELECT submitted_on, COUNT(*) AS responses FROM response
             WHERE campaign_id = :campaignId AND submitted_on >= :since
             GROUP BY submitted_on
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCampaignResponses(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<LocalDate, Long> completePerDaySince(long campaignId, LocalDate since) {
        Map<LocalDate, Long> byDay = new TreeMap<>();
        jdbc.query(
                SUBMITTED_SINCE,
                new MapSqlParameterSource().addValue("campaignId", campaignId).addValue("since", since),
                row -> {
                    byDay.put(row.getDate("submitted_on").toLocalDate(), row.getLong("responses"));
                });
        return byDay;
    }
}
