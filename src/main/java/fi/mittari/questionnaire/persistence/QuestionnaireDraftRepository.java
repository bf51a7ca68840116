package fi.mittari.questionnaire.persistence;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface QuestionnaireDraftRepository extends CrudRepository<QuestionnaireDraftRow, Long> {

    Optional<QuestionnaireDraftRow> findByQuestionnaireKey(String questionnaireKey);

    List<QuestionnaireDraftRow> findAllOrderByQuestionnaireKey();

    void deleteByQuestionnaireKey(String questionnaireKey);
}
