package fi.mittari.questionnaire.persistence;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.MYSQL)
public interface QuestionnaireVersionRepository extends CrudRepository<QuestionnaireVersionRow, Long> {

    Optional<QuestionnaireVersionRow> findFirstByQuestionnaireKeyOrderByVersionNumberDesc(String questionnaireKey);

    /** The newest version of every questionnaire, by key; older versions' definitions are not read at all. */
    @Query(
            """
            SELECT v.* FROM questionnaire_version v
             WHERE v.version_number = (SELECT MAX(newer.version_number) FROM questionnaire_version newer
                                        WHERE newer.questionnaire_key = v.questionnaire_key)
             ORDER BY v.questionnaire_key
            """)
    List<QuestionnaireVersionRow> findLatestOfEachQuestionnaire();

    /** The newest version read from the given file, so that a file unchanged since then is not loaded again. */
    Optional<QuestionnaireVersionRow> findFirstByQuestionnaireKeyAndSourceNameOrderByVersionNumberDesc(
            String questionnaireKey, String sourceName);

    @Query("SELECT id FROM questionnaire_version")
    List<Long> findAllIds();

    List<QuestionnaireVersionRow> findByQuestionnaireKeyOrderByVersionNumber(String questionnaireKey);

    Optional<QuestionnaireVersionRow> findByQuestionnaireKeyAndVersionNumber(
            String questionnaireKey, int versionNumber);
}
