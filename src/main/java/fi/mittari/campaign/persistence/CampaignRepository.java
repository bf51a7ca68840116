package fi.mittari.campaign.persistence;

import fi.mittari.campaign.Campaign;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CampaignRepository extends CrudRepository<Campaign, Long> {

    Optional<Campaign> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Campaign> findAllOrderBySlug();

    @Query("SELECT COUNT(*) FROM response WHERE campaign_id = :campaignId")
    long countResponses(long campaignId);

    /** Like {@link #countResponses}, but no further than {@code limit}: the cost follows the limit, not the campaign. */
    @Query(
            value =
                    "SELECT COUNT(*) FROM (SELECT 1 FROM response WHERE campaign_id = :campaignId LIMIT :limit) counted",
            nativeQuery = true)
    long countResponsesUpTo(long campaignId, int limit);

    @Query("SELECT COUNT(*) FROM partial_response WHERE campaign_id = :campaignId")
    long countPartialResponses(long campaignId);
}
