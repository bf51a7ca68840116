package fi.mittari.privacy;

import fi.mittari.response.RemovableResponses;
import jakarta.inject.Singleton;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Which campaigns' answers are due for deletion or anonymisation on a day, and which campaigns have no rule at all:
 * what the privacy page shows before a run, and what the run then does. A campaign's own rule counts from its last
 * day (a campaign that never closes is never due by it); a project's rule from the project's last day (a project
 * without one is never due). A campaign of an event belongs to the event's project.
 */
@Singleton
public class RetentionPlan {

    private static final String CAMPAIGNS =
            """
            SELECT c.id, c.slug, c.title, c.closes_at, c.retention_months AS c_months, c.retention_action AS c_action,
                   p.code AS project_code, p.ends_on, p.retention_months AS p_months, p.retention_action AS p_action
              FROM campaign c
              JOIN campaign_in_project cip ON cip.campaign_id = c.id
              LEFT JOIN project p ON p.id = cip.project_id
             ORDER BY c.slug
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final RemovableResponses responses;
    private final Clock clock;
    private final ZoneId zone;

    RetentionPlan(NamedParameterJdbcTemplate jdbc, RemovableResponses responses, Clock clock, ZoneId zone) {
        this.jdbc = jdbc;
        this.responses = responses;
        this.clock = clock;
        this.zone = zone;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(zone));
    }

    /** What a run on {@code today} touches: campaigns past their last kept day with responses still to remove. */
    public List<DueCampaign> due(LocalDate today) {
        List<DueCampaign> due = new ArrayList<>();
        for (Map<String, Object> row : jdbc.queryForList(CAMPAIGNS, Map.of())) {
            ruled(row).filter(r -> r.rule().dueOn(today, r.end())).ifPresent(r -> pending(row, r)
                    .filter(c -> c.responses() > 0)
                    .ifPresent(due::add));
        }
        return due;
    }

    /** Slugs of the campaigns no rule applies to (none of their own, and a project without a rule or an end). */
    public List<String> unruled() {
        return jdbc.queryForList(CAMPAIGNS, Map.of()).stream()
                .filter(row -> ruled(row).isEmpty())
                .map(row -> (String) row.get("slug"))
                .toList();
    }

    private record Ruled(RetentionRule rule, boolean own, LocalDate end) {}

    private Optional<Ruled> ruled(Map<String, Object> row) {
        Optional<RetentionRule> own = RetentionRule.stored(integer(row.get("c_months")), (String) row.get("c_action"));
        if (own.isPresent()) {
            Timestamp closes = (Timestamp) row.get("closes_at");
            // the campaign's last day is the day before it closes (it closes at the start of a day, see Campaign)
            return Optional.ofNullable(closes)
                    .map(t -> t.toInstant().minusNanos(1).atZone(zone).toLocalDate())
                    .map(end -> new Ruled(own.get(), true, end));
        }
        Optional<RetentionRule> project =
                RetentionRule.stored(integer(row.get("p_months")), (String) row.get("p_action"));
        return project.flatMap(rule -> day(row.get("ends_on")).map(end -> new Ruled(rule, false, end)));
    }

    private Optional<DueCampaign> pending(Map<String, Object> row, Ruled ruled) {
        long id = ((Number) row.get("id")).longValue();
        RemovableResponses.Pending pending = responses.pending(id, ruled.rule().action() == RetentionAction.ANONYMISE);
        return Optional.of(new DueCampaign(
                id,
                (String) row.get("slug"),
                (String) row.get("title"),
                Optional.ofNullable((String) row.get("project_code")),
                ruled.rule(),
                ruled.own(),
                ruled.end(),
                pending.responses(),
                pending.firstDay(),
                pending.lastDay()));
    }

    private static Integer integer(Object value) {
        return value == null ? null : ((Number) value).intValue();
    }

    static Optional<LocalDate> day(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        return Optional.of(value instanceof LocalDate d ? d : ((Date) value).toLocalDate());
    }
}
