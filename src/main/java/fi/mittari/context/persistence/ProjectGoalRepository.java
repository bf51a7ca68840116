package fi.mittari.context.persistence;

import fi.mittari.context.ProjectGoal;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface ProjectGoalRepository extends CrudRepository<ProjectGoal, Long> {

    List<ProjectGoal> findByProjectIdOrderByPosition(long projectId);

    void deleteByProjectId(long projectId);
}
