package fi.mittari.indicator.engine;

import java.util.List;

/**
 * Where the answers of a paired change come from (a port: the engine pairs them, the database adapter reads them).
 * The query is the engine's own ({@code IndicatorSql.pairedAnswers}), so what is paired is decided in one place.
 */
public interface PairedAnswers {

    /** The rows of {@code query} in its order: columns project_code, project_name, person, questionnaire, x. */
    List<PairedAnswer> read(SqlQuery query);
}
