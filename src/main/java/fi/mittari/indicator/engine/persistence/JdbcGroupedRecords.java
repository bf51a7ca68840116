package fi.mittari.indicator.engine.persistence;

import fi.mittari.indicator.engine.GroupedRecords;
import fi.mittari.indicator.engine.SqlQuery;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** Runs the engine's grouped queries. */
@Singleton
class JdbcGroupedRecords implements GroupedRecords {

    private final NamedParameterJdbcTemplate jdbc;

    JdbcGroupedRecords(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<GroupRow> groups(SqlQuery query) {
        return jdbc.query(query.sql(), query.params(), (row, i) -> {
            Object variance = row.getObject("var");
            return new GroupRow(
                    Optional.ofNullable(row.getString("g")),
                    Optional.ofNullable(row.getString("label")),
                    row.getLong("n"),
                    Optional.ofNullable(row.getBigDecimal("v")),
                    row.getLong("num"),
                    row.getLong("den"),
                    variance == null ? OptionalDouble.empty() : OptionalDouble.of(((Number) variance).doubleValue()));
        });
    }

    @Override
    public List<UnitRow> units(SqlQuery query) {
        return jdbc.query(
                query.sql(),
                query.params(),
                (row, i) -> new UnitRow(
                        Optional.ofNullable(row.getString("g")),
                        Optional.ofNullable(row.getString("label")),
                        row.getDouble("x")));
    }
}
