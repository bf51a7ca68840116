package fi.mittari.response.persistence;

import fi.mittari.campaign.CampaignResponses;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The campaign's counts over tables response and partial_response; per day by the day stored beside each response;
 * the invitations of its unfinished responses.
 */
@Singleton
class JdbcCampaignResponses implements CampaignResponses {

    private static final String SUBMITTED_SINCE =
            """
            SELECT submitted_on, COUNT(*) AS responses FROM response
             WHERE campaign_id = :campaignId AND submitted_on >= :since
             GROUP BY submitted_on
            """;

    private static final String COMPLETE = "SELECT COUNT(*) FROM response WHERE campaign_id = :campaignId";

    /** The inner LIMIT stops the scan at the cap, however many responses the campaign has. */
    private static final String COMPLETE_UP_TO =
            "SELECT COUNT(*) FROM (SELECT 1 FROM response WHERE campaign_id = :campaignId LIMIT :limit) counted";

    private static final String UNFINISHED = "SELECT COUNT(*) FROM partial_response WHERE campaign_id = :campaignId";

    private static final String INVITATIONS_UNFINISHED =
            "SELECT invitation_id FROM partial_response WHERE campaign_id = :campaignId AND invitation_id IS NOT NULL";

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCampaignResponses(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public long complete(long campaignId) {
        return count(COMPLETE, new MapSqlParameterSource("campaignId", campaignId));
    }

    @Override
    public long completeUpTo(long campaignId, int limit) {
        return count(COMPLETE_UP_TO, new MapSqlParameterSource("campaignId", campaignId).addValue("limit", limit));
    }

    @Override
    public long unfinished(long campaignId) {
        return count(UNFINISHED, new MapSqlParameterSource("campaignId", campaignId));
    }

    @Override
    public Set<Long> invitationsUnfinished(long campaignId) {
        return new HashSet<>(jdbc.queryForList(
                INVITATIONS_UNFINISHED, new MapSqlParameterSource("campaignId", campaignId), Long.class));
    }

    private long count(String sql, MapSqlParameterSource params) {
        Long counted = jdbc.queryForObject(sql, params, Long.class);
        return counted == null ? 0 : counted;
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
