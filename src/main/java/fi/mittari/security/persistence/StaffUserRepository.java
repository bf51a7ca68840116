package fi.mittari.security.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface StaffUserRepository extends CrudRepository<StaffUser, Long> {

    Optional<StaffUser> findByUsername(String username);

    boolean existsByUsername(String username);

    void updatePasswordHash(@io.micronaut.data.annotation.Id Long id, String passwordHash);

    Optional<String> findLanguageByUsername(String username);

    void updateLanguage(@io.micronaut.data.annotation.Id Long id, String language);
}
