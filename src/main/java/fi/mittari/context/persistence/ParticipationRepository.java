package fi.mittari.context.persistence;

import fi.mittari.context.Participation;
import fi.mittari.context.ParticipationSource;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ParticipationRepository extends CrudRepository<Participation, Long> {

    List<Participation> findByEventIdOrderById(long eventId);

    void deleteByEventIdAndSource(long eventId, ParticipationSource source);
}
