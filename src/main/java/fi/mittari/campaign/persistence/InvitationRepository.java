package fi.mittari.campaign.persistence;

import fi.mittari.campaign.Invitation;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface InvitationRepository extends CrudRepository<Invitation, Long> {

    Optional<Invitation> findByTokenHash(String tokenHash);

    long countByCampaignId(long campaignId);

    @Query("SELECT COUNT(*) FROM invitation WHERE campaign_id = :campaignId AND response_id IS NOT NULL")
    long countUsed(long campaignId);

    boolean existsByCampaignIdAndReference(long campaignId, String reference);

    /** Marks the invitation spent, unless it already is; the returned row count says whether this call did it. */
    @Query("UPDATE invitation SET response_id = :responseId WHERE id = :id AND response_id IS NULL")
    int markUsed(long id, long responseId);
}
