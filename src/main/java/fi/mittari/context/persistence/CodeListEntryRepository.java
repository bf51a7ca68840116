package fi.mittari.context.persistence;

import fi.mittari.context.CodeListEntry;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface CodeListEntryRepository extends CrudRepository<CodeListEntry, Long> {

    List<CodeListEntry> findByListNameOrderByPosition(String listName);

    Optional<CodeListEntry> findByListNameAndCode(String listName, String code);
}
