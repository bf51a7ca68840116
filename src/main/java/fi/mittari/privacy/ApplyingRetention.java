package fi.mittari.privacy;

import fi.mittari.response.RemovableResponses;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

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

        private final RemovableResponses stored;
        private final RemovingResponses responses;
        private final RemovalLog log;
        private final PrivacyAudit audit;

        RemovingCampaign(RemovableResponses stored, RemovingResponses responses, RemovalLog log, PrivacyAudit audit) {
            this.stored = stored;
            this.responses = responses;
            this.log = log;
            this.audit = audit;
        }

        @Transactional
        Removal remove(String action, DueCampaign campaign, Instant now, String by) {
            boolean anonymise = campaign.rule().action() == RetentionAction.ANONYMISE;
            List<RemovableResponses.Found> found = stored.ofCampaign(campaign.campaignId(), anonymise);
            long answers = 0;
            if (anonymise) {
                Map<Long, List<Long>> byVersion = new TreeMap<>();
                found.forEach(response -> byVersion
                        .computeIfAbsent(response.questionnaireVersionId(), v -> new ArrayList<>())
                        .add(response.id()));
                for (var version : byVersion.entrySet()) {
                    answers += responses.anonymise(version.getKey(), version.getValue(), now);
                }
            } else {
                answers = responses.delete(
                        found.stream().map(RemovableResponses.Found::id).toList(), now);
            }
            long count = found.size();
            // answers never sent are not kept past the rule either
            stored.deleteUnfinished(campaign.campaignId());
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
