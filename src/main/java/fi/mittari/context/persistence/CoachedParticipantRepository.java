package fi.mittari.context.persistence;

import fi.mittari.context.CoachedParticipant;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

/** Pseudonyms are stored upper-cased (ContextRules.pseudonym), so lookups by pseudonym are exact on both databases. */
@JdbcRepository(dialect = Dialect.MYSQL)
public interface CoachedParticipantRepository extends CrudRepository<CoachedParticipant, Long> {

    List<CoachedParticipant> findByProjectIdOrderByPseudonym(long projectId);

    Optional<CoachedParticipant> findByProjectIdAndPseudonym(long projectId, String pseudonym);

    boolean existsByProjectIdAndPseudonym(long projectId, String pseudonym);

    long countByProjectId(long projectId);

    int deleteByProjectIdAndPseudonym(long projectId, String pseudonym);
}
