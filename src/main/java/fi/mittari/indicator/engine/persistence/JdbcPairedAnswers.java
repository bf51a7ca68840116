package fi.mittari.indicator.engine.persistence;

import fi.mittari.indicator.engine.PairedAnswer;
import fi.mittari.indicator.engine.PairedAnswers;
import fi.mittari.indicator.engine.SqlQuery;
import jakarta.inject.Singleton;
import java.util.List;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Reads the answers of a paired change with the engine's query. */
@Singleton
class JdbcPairedAnswers implements PairedAnswers {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcPairedAnswers(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<PairedAnswer> read(SqlQuery query) {
        return jdbc.query(
                query.sql(),
                query.params(),
                (row, i) -> new PairedAnswer(
                        row.getString("project_code"),
                        row.getString("project_name"),
                        row.getString("person"),
                        row.getString("questionnaire"),
                        row.getDouble("x")));
    }
}
