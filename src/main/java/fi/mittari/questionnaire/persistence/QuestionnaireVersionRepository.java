package fi.mittari.questionnaire.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface QuestionnaireVersionRepository extends CrudRepository<QuestionnaireVersionRow, Long> {

    Optional<QuestionnaireVersionRow> findFirstByQuestionnaireKeyOrderByVersionNumberDesc(String questionnaireKey);

    List<QuestionnaireVersionRow> findAllOrderByQuestionnaireKeyAndVersionNumber();

    Optional<QuestionnaireVersionRow> findByQuestionnaireKeyAndVersionNumber(
            String questionnaireKey, int versionNumber);
}
