package fi.mittari.privacy;

import fi.mittari.context.Projects;
import fi.mittari.context.RecordingCoached;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Erases one person's answers on request (GDPR art. 17): every response the request names is deleted with its answer
 * rows in one transaction, an erasure by pseudonym also deletes the project's coached participant of that pseudonym,
 * and one removal row per campaign is recorded without the pseudonym or anything erased. The record's time makes the
 * project's stored indicator values stale (IndicatorFreshness), so the next report or run recomputes them.
 */
@Singleton
public class ErasingPersonalData {

    private final PersonsResponses finding;
    private final RemovingResponses removing;
    private final RemovalLog log;
    private final PrivacyAudit audit;
    private final Projects projects;
    private final RecordingCoached coached;
    private final Clock clock;

    ErasingPersonalData(
            PersonsResponses finding,
            RemovingResponses removing,
            RemovalLog log,
            PrivacyAudit audit,
            Projects projects,
            RecordingCoached coached,
            Clock clock) {
        this.finding = finding;
        this.removing = removing;
        this.log = log;
        this.audit = audit;
        this.projects = projects;
        this.coached = coached;
        this.clock = clock;
    }

    /** The removals, one per campaign touched; empty when the request names no stored response. */
    @Transactional
    public List<Removal> erase(PersonRequest request, String by) {
        Instant now = clock.instant();
        String action = UUID.randomUUID().toString();
        List<Removal> removals = new ArrayList<>();
        for (List<PersonsResponses.Found> campaign :
                PersonsResponses.byCampaign(finding.find(request)).values()) {
            PersonsResponses.Found first = campaign.get(0);
            long answers = removing.delete(
                    campaign.stream().map(PersonsResponses.Found::responseId).toList(), now);
            List<LocalDate> days = campaign.stream()
                    .map(PersonsResponses.Found::submittedOn)
                    .sorted(Comparator.naturalOrder())
                    .toList();
            Removal removal = new Removal(
                    action,
                    request.erasureKind(),
                    first.campaignId(),
                    first.campaignSlug(),
                    first.projectCode(),
                    campaign.size(),
                    answers,
                    Optional.of(days.get(0)),
                    Optional.of(days.get(days.size() - 1)),
                    by,
                    now);
            log.record(removal);
            audit.removed(by, request.erasureKind(), first.campaignSlug(), campaign.size());
            removals.add(removal);
        }
        if (request instanceof PersonRequest.ByPseudonym pseudonym) {
            int erased = coached.erase(pseudonym.projectCode(), pseudonym.pseudonym());
            if (erased > 0) {
                audit.coachedParticipantErased(by, pseudonym.projectCode(), erased);
            }
        }
        return removals;
    }

    /** For the confirmation step: how many stored responses an erasure of the request would delete. */
    public int count(PersonRequest request) {
        return finding.find(request).size();
    }

    /** For the page: whether the project exists, so a typo is told apart from "nothing stored". */
    public boolean projectExists(String code) {
        return projects.byCode(code).isPresent();
    }
}
