package fi.mittari.privacy;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Carries out the retention rules on a day: each due campaign (see RetentionPlan) in a transaction of its own, its
 * responses deleted or anonymised, its unfinished answers deleted, and the removal recorded. Published indicator
 * values and archived workbooks are aggregates and stay (docs/privacy.md); the indicator engine keeps the published
 * values of the periods the removed answers were sent in (docs/indicators.md, "Retention"). Running it twice on a day
 * does nothing the second time, so every instance may run it.
 */
@Singleton
public class ApplyingRetention {

    private final RetentionPlan plan;
    private final RemovingCampaign removing;
    private final Clock clock;

    ApplyingRetention(RetentionPlan plan, RemovingCampaign removing, Clock clock) {
        this.plan = plan;
        this.removing = removing;
        this.clock = clock;
    }

    /** Applies the rules as of today; {@code by} is who started it (a staff member, or the schedule). */
    public List<Removal> apply(String by) {
        return apply(plan.today(), clock.instant(), by);
    }

    public List<Removal> apply(LocalDate today, Instant now, String by) {
        String action = UUID.randomUUID().toString();
        List<Removal> done = new ArrayList<>();
        for (DueCampaign campaign : plan.due(today)) {
            done.add(removing.remove(action, campaign, now, by));
        }
        return done;
    }

    /** One campaign's removal, in its own transaction. */
    @Singleton
    static class RemovingCampaign {

        private final NamedParameterJdbcTemplate jdbc;
        private final RemovingResponses responses;
        private final RemovalLog log;
        private final PrivacyAudit audit;

        RemovingCampaign(
                NamedParameterJdbcTemplate jdbc, RemovingResponses responses, RemovalLog log, PrivacyAudit audit) {
            this.jdbc = jdbc;
            this.responses = responses;
            this.log = log;
            this.audit = audit;
        }

        @Transactional
        Removal remove(String action, DueCampaign campaign, Instant now, String by) {
            boolean anonymise = campaign.rule().action() == RetentionAction.ANONYMISE;
            Map<String, Object> id = Map.of("campaign", campaign.campaignId());
            long answers = 0;
            long count = 0;
            if (anonymise) {
                List<Map<String, Object>> rows = jdbc.queryForList(
                        "SELECT id, questionnaire_version_id FROM response"
                                + " WHERE campaign_id = :campaign AND anonymised_at IS NULL ORDER BY id",
                        id);
                Map<Long, List<Long>> byVersion = new java.util.TreeMap<>();
                rows.forEach(row -> byVersion
                        .computeIfAbsent(
                                ((Number) row.get("questionnaire_version_id")).longValue(), v -> new ArrayList<>())
                        .add(((Number) row.get("id")).longValue()));
                for (var version : byVersion.entrySet()) {
                    answers += responses.anonymise(version.getKey(), version.getValue(), now);
                }
                count = rows.size();
            } else {
                List<Long> ids = jdbc.queryForList(
                        "SELECT id FROM response WHERE campaign_id = :campaign ORDER BY id", id, Long.class);
                answers = responses.delete(ids, now);
                count = ids.size();
            }
            // answers never sent are not kept past the rule either
            jdbc.update("DELETE FROM partial_response WHERE campaign_id = :campaign", id);
            RemovalKind kind = anonymise ? RemovalKind.RETENTION_ANONYMISE : RemovalKind.RETENTION_DELETE;
            Removal removal = new Removal(
                    action,
                    kind,
                    campaign.campaignId(),
                    campaign.slug(),
                    campaign.projectCode(),
                    count,
                    answers,
                    campaign.firstDay(),
                    campaign.lastDay(),
                    by,
                    now);
            log.record(removal);
            audit.removed(by, kind, campaign.slug(), count);
            return removal;
        }
    }
}
