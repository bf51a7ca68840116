package fi.mittari.response.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface AnswerRepository extends CrudRepository<AnswerRow, Long> {

    List<AnswerRow> findByResponseIdOrderById(long responseId);
}
