package fi.mittari.response.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface PartialResponseRepository extends CrudRepository<PartialResponseRow, Long> {

    Optional<PartialResponseRow> findBySubmissionKeyHash(String submissionKeyHash);

    Optional<PartialResponseRow> findByInvitationId(long invitationId);

    long countByCampaignId(long campaignId);

    /** Forgets unfinished responses last saved before {@code before}; returns how many. */
    long deleteByUpdatedAtLessThan(Instant before);
}
