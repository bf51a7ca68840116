package fi.mittari.context.persistence;

import fi.mittari.context.Event;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface EventRepository extends CrudRepository<Event, Long> {

    Optional<Event> findByCode(String code);

    boolean existsByCode(String code);

    List<Event> findAllOrderByStartsOnAndCode();

    List<Event> findByProjectIdOrderByStartsOnAndCode(long projectId);
}
