package fi.mittari.response.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** What the benchmarks read of a campaign and write into it directly in SQL, on the application's own pool. */
public final class CampaignRows {

    private final DataSource pool;

    /** {@code pool}: the raw pool (the injected DataSource hands out connections only inside transactions). */
    public CampaignRows(DataSource pool) {
        this.pool = pool;
    }

    /** The campaign's id and the id of the questionnaire version it opened. */
    public CampaignIds ids(String slug) throws SQLException {
        long[] ids = numbers("SELECT id, questionnaire_version_id FROM campaign WHERE slug = ?", slug, 2);
        return new CampaignIds(ids[0], ids[1]);
    }

    /** The responses the campaign holds. */
    public long stored(String slug) throws SQLException {
        return numbers(
                "SELECT COUNT(*) FROM response r JOIN campaign c ON c.id = r.campaign_id WHERE c.slug = ?", slug, 1)[0];
    }

    /**
     * Stores generated responses (no answers: the count is what grows) until the campaign holds {@code size}, with
     * MariaDB's sequence engine.
     */
    public void growTo(String slug, int size) throws SQLException {
        CampaignIds ids = ids(slug);
        long have = stored(slug);
        long started = System.nanoTime();
        try (Connection connection = pool.getConnection()) {
            for (long from = have + 1; from <= size; from += 100_000) {
                long to = Math.min(size, from + 99_999);
                try (Statement insert = connection.createStatement()) {
                    insert.executeUpdate(("INSERT INTO response (campaign_id, questionnaire_version_id, submission_key,"
                                    + " language, channel, submitted_at, submitted_on)"
                                    + " SELECT %d, %d, CONCAT('grown-', seq), 'fi', 'WEB', CURRENT_TIMESTAMP, CURRENT_DATE"
                                    + " FROM seq_%d_to_%d")
                            .formatted(ids.campaign(), ids.questionnaireVersion(), from, to));
                }
            }
        }
        System.out.printf(
                "bench: campaign grown to %,d stored responses in %.1f s%n", size, (System.nanoTime() - started) / 1e9);
    }

    /** The first {@code columns} numbers of the one row {@code sql} gives for the campaign {@code slug}. */
    private long[] numbers(String sql, String slug, int columns) throws SQLException {
        try (Connection connection = pool.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, slug);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long[] numbers = new long[columns];
                for (int column = 0; column < columns; column++) {
                    numbers[column] = row.getLong(column + 1);
                }
                return numbers;
            }
        }
    }

    /** A campaign's id and its questionnaire version's, the two keys every response row carries. */
    public record CampaignIds(long campaign, long questionnaireVersion) {}
}
