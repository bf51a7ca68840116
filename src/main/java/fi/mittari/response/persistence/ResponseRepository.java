package fi.mittari.response.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ResponseRepository extends CrudRepository<ResponseRow, Long> {

    Optional<ResponseRow> findByCampaignIdAndSubmissionKey(long campaignId, String submissionKey);

    /** Responses by their key alone, in any campaign (see SentResponses). */
    List<ResponseRow> findBySubmissionKey(String submissionKey);

    long countByCampaignId(long campaignId);

    /**
     * Locks the campaign's row until the transaction ends, so that responses to a capped campaign are counted and
     * written one at a time: without it two last responses arriving together could both pass the cap.
     */
    @Query(value = "SELECT id FROM campaign WHERE id = :campaignId FOR UPDATE", nativeQuery = true)
    Optional<Long> lockCampaign(long campaignId);

    /** Which of these keys the campaign has stored already. */
    List<String> findSubmissionKeyByCampaignIdAndSubmissionKeyIn(long campaignId, Collection<String> submissionKeys);
}
