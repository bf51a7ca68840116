package fi.mittari.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Galera needs a primary key on every replicated table (docs/operations.md, Galera): after all migrations, ours,
 * Spring Batch's and ShedLock's, no table of the schema is without one.
 */
@MicronautTest(transactional = false)
class EveryTableHasAPrimaryKeyIntegrationTest {

    @Inject
    NamedParameterJdbcTemplate named;

    @Test
    void everyTableOfTheSchemaHasAPrimaryKey() {
        List<String> tables = named.getJdbcTemplate()
                .queryForList(
                        """
                SELECT LOWER(t.table_name) FROM information_schema.tables t
                WHERE t.table_schema = SCHEMA() AND t.table_type = 'BASE TABLE'""",
                        String.class);
        List<String> withoutKey = named.getJdbcTemplate()
                .queryForList(
                        """
                SELECT LOWER(t.table_name) FROM information_schema.tables t
                WHERE t.table_schema = SCHEMA() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (
                    SELECT 1 FROM information_schema.table_constraints c
                    WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                      AND c.constraint_type = 'PRIMARY KEY')
                ORDER BY 1""",
                        String.class);
        assertThat(tables).contains("response", "answer", "shedlock", "batch_job_execution_params");
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
    }
}
