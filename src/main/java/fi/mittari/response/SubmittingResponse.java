package fi.mittari.response;

import fi.mittari.RetriedWriteFailure;
import fi.mittari.RetriedWrites;
import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.Invitation;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.questionnaire.StoredQuestionnaire;
import fi.mittari.response.persistence.ResponseRepository;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.data.exceptions.DataAccessException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Validates a submission against the exact questionnaire version its campaign opened and stores it once. A repeated
 * submission key (a double click, a retried request) finds the response stored the first time.
 */
@Singleton
public class SubmittingResponse {

    private final QuestionnaireCatalog questionnaires;
    private final Campaigns campaigns;
    private final ResponseRepository responses;
    private final ResponseWriter writer;
    private final Clock clock;
    private final ZoneId zone;
    /** Registered once, rather than looked up in the registry on every submission. */
    private final Map<Channel, Counter> stored;

    SubmittingResponse(
            QuestionnaireCatalog questionnaires,
            Campaigns campaigns,
            ResponseRepository responses,
            ResponseWriter writer,
            Clock clock,
            ZoneId zone,
            MeterRegistry meters) {
        this.questionnaires = questionnaires;
        this.campaigns = campaigns;
        this.responses = responses;
        this.writer = writer;
        this.clock = clock;
        this.zone = zone;
        this.stored = storedCounters(meters);
    }

    /**
     * Retried as a whole, the check for an earlier copy included, when a Galera node refuses the write at
     * certification or its connection is lost (see {@link RetriedWriteFailure}, {@link RetriedWrites}).
     *
     * <p>An earlier copy is looked for only when this one is not stored: the unique key on (campaign, submission key)
     * refuses a second copy, so a stored response proves there was none, and the first submission of a key (nearly
     * all of them) costs no look-up. Whatever else this one would have met (a closed campaign, answers now refused,
     * a used invitation), a repeat is still answered with the response stored the first time.
     */
    public SubmissionOutcome submit(Submission submission) {
        return RetriedWrites.run(() -> {
            SubmissionOutcome outcome = store(submission);
            if (outcome instanceof SubmissionOutcome.Stored) {
                return outcome;
            }
            return alreadyStored(submission).orElse(outcome);
        });
    }

    private SubmissionOutcome store(Submission submission) {
        if (submission.invitation().map(Invitation::used).orElse(false)) {
            return new SubmissionOutcome.InvitationUsed();
        }
        if (submission.campaign().accessMode() == AccessMode.INVITATION
                && submission.channel() == Channel.WEB
                && submission.invitation().isEmpty()) {
            return new SubmissionOutcome.InvitationRequired();
        }
        Instant now = clock.instant();
        // Only the cap depends on the count, so an uncapped campaign's submission counts nothing, and a capped one
        // counts no further than its cap.
        long completed = campaigns.completedTowardsCap(submission.campaign());
        var state = submission.campaign().stateAt(now, completed);
        if (state != fi.mittari.campaign.CampaignState.OPEN) {
            return new SubmissionOutcome.CampaignClosed(state);
        }
        StoredQuestionnaire questionnaire = questionnaires
                .version(submission.campaign().questionnaireVersionId())
                .orElseThrow(() -> new IllegalStateException("campaign without its questionnaire version"));
        AnswerCheck check = AnswerValidator.at(now, zone)
                .in(submission.language())
                .check(questionnaire.questionnaire(), submission.answers());
        if (check instanceof AnswerCheck.Invalid invalid) {
            return new SubmissionOutcome.Refused(invalid.problems());
        }
        try {
            long id = writer.write(submission, questionnaire.versionId(), ((AnswerCheck.Valid) check).answers(), now);
            stored.get(submission.channel()).increment();
            return new SubmissionOutcome.Stored(id, false);
        } catch (ResponseWriter.CapReached e) {
            // The last places went to responses that arrived at the same moment (the writer counts under a lock).
            return new SubmissionOutcome.CampaignClosed(fi.mittari.campaign.CampaignState.FULL);
        } catch (ResponseWriter.InvitationAlreadyUsed e) {
            return new SubmissionOutcome.InvitationUsed();
        } catch (DataAccessException e) {
            // The unique key refused a second copy of the submission: the caller is answered with the first one.
            return alreadyStored(submission).orElseThrow(() -> e);
        }
    }

    /** Responses stored (not their repeats), by channel: {@code mittari_responses_stored_total} in Prometheus. */
    private static Map<Channel, Counter> storedCounters(MeterRegistry meters) {
        Map<Channel, Counter> counters = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            counters.put(
                    channel,
                    Counter.builder("mittari.responses.stored")
                            .description("Responses stored, each once, by channel")
                            .tag("channel", channel.name())
                            .register(meters));
        }
        return counters;
    }

    private Optional<SubmissionOutcome> alreadyStored(Submission submission) {
        return responses
                .findByCampaignIdAndSubmissionKey(submission.campaign().id(), submission.submissionKey())
                .map(r -> new SubmissionOutcome.Stored(r.id(), true));
    }
}
