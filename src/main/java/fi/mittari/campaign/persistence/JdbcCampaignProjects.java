package fi.mittari.campaign.persistence;

import fi.mittari.campaign.CampaignProjects;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/** The project of each campaign, read over campaign and the view that says which project it is in (migration V33). */
@Singleton
class JdbcCampaignProjects implements CampaignProjects {

    private static final String IN_PROJECT =
            """
            SELECT c.id, c.slug, p.code AS project_code
              FROM campaign c
              JOIN campaign_in_project cip ON cip.campaign_id = c.id
              LEFT JOIN project p ON p.id = cip.project_id
             WHERE %s
             ORDER BY c.slug
            """;

    private final NamedParameterJdbcTemplate jdbc;

    JdbcCampaignProjects(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<InProject> ofProject(String projectCode) {
        return jdbc.query(
                IN_PROJECT.formatted("p.code = :project"),
                Map.of("project", projectCode),
                JdbcCampaignProjects::inProject);
    }

    @Override
    public List<InProject> withIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.query(
                IN_PROJECT.formatted("c.id IN (:ids)"),
                Map.of("ids", List.copyOf(ids)),
                JdbcCampaignProjects::inProject);
    }

    private static InProject inProject(ResultSet row, int number) throws SQLException {
        return new InProject(
                row.getLong("id"), row.getString("slug"), Optional.ofNullable(row.getString("project_code")));
    }
}
