package fi.mittari.response.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ResponseRepository extends CrudRepository<ResponseRow, Long> {

    Optional<ResponseRow> findByCampaignIdAndSubmissionKey(long campaignId, String submissionKey);

    long countByCampaignId(long campaignId);

    /** Which of these keys the campaign has stored already. */
    List<String> findSubmissionKeyByCampaignIdAndSubmissionKeyIn(long campaignId, Collection<String> submissionKeys);
}
