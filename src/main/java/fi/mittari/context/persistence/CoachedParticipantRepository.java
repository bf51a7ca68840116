package fi.mittari.context.persistence;

import fi.mittari.context.CoachedParticipant;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CoachedParticipantRepository extends CrudRepository<CoachedParticipant, Long> {

    List<CoachedParticipant> findByProjectIdOrderByPseudonym(long projectId);

    long countByProjectId(long projectId);
}
