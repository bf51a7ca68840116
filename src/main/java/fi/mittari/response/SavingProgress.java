package fi.mittari.response;

import fi.mittari.RetriedWriteFailure;
import fi.mittari.RetriedWrites;
import fi.mittari.Sha256;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.Invitation;
import fi.mittari.questionnaire.Language;
import fi.mittari.questionnaire.Questionnaire;
import fi.mittari.response.persistence.PartialResponseRepository;
import fi.mittari.response.persistence.PartialResponseRow;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Keeps a response being filled in, page by page, so that a respondent can go back, leave and come back: by the
 * invitation link, or by the resume link (the submission key, of which only the SHA-256 is stored).
 */
@Singleton
public class SavingProgress {

    private static final Argument<Map<String, List<String>>> ANSWERS =
            Argument.mapOf(Argument.STRING, Argument.listOf(String.class));

    private final PartialResponseRepository partials;
    private final ObjectMapper json;
    private final Clock clock;
    private final ZoneId zone;

    SavingProgress(PartialResponseRepository partials, ObjectMapper json, Clock clock, ZoneId zone) {
        this.partials = partials;
        this.json = json;
        this.clock = clock;
        this.zone = zone;
    }

    /** A response in progress: where the respondent is and what they have answered so far. */
    public record Progress(
            long campaignId, Language language, String pageKey, SubmittedAnswers answers, Instant startedAt) {}

    /** The progress of an invitation, else of the submission key; empty for a fresh start. */
    public Optional<Progress> find(Optional<Invitation> invitation, String submissionKey) {
        return saved(invitation, submissionKey).map(this::progress);
    }

    /** Whether these answers may be saved: false when even those kept are over the size of a response in progress. */
    public boolean fits(Questionnaire questionnaire, SubmittedAnswers answers) {
        return PartialAnswers.admissible(questionnaire, answers, AnswerValidator.at(clock.instant(), zone))
                .isPresent();
    }

    /**
     * Saves where the respondent is; the first save starts the clock of {@code startedAt}. Only the answers a sent
     * response could hold are kept (see {@link PartialAnswers}); answers that do not {@link #fits fit} are refused.
     * Retried like a submission (see {@link RetriedWriteFailure}, {@link RetriedWrites}).
     */
    public Progress save(
            Campaign campaign,
            Questionnaire questionnaire,
            Optional<Invitation> invitation,
            String submissionKey,
            Language language,
            String pageKey,
            SubmittedAnswers sent) {
        return RetriedWrites.run(
                () -> saveOnce(campaign, questionnaire, invitation, submissionKey, language, pageKey, sent));
    }

    private Progress saveOnce(
            Campaign campaign,
            Questionnaire questionnaire,
            Optional<Invitation> invitation,
            String submissionKey,
            Language language,
            String pageKey,
            SubmittedAnswers sent) {
        Instant now = clock.instant();
        SubmittedAnswers answers = PartialAnswers.admissible(questionnaire, sent, AnswerValidator.at(now, zone))
                .orElseThrow(() -> new IllegalArgumentException("a response in progress over "
                        + PartialAnswers.MAX_CHARACTERS + " characters; check fits() first"));
        Optional<PartialResponseRow> existing = saved(invitation, submissionKey);
        var row = new PartialResponseRow(
                existing.map(PartialResponseRow::id).orElse(null),
                campaign.id(),
                existing.map(PartialResponseRow::submissionKeyHash).orElse(hash(submissionKey)),
                invitation.map(Invitation::id).orElse(null),
                language.code(),
                pageKey,
                write(answers),
                existing.map(PartialResponseRow::startedAt).orElse(now),
                now);
        return progress(existing.isPresent() ? partials.update(row) : partials.save(row));
    }

    public void discard(Optional<Invitation> invitation, String submissionKey) {
        saved(invitation, submissionKey).ifPresent(partials::delete);
    }

    /** An invitation's response in progress is found by the invitation, any other by its submission key's hash. */
    private Optional<PartialResponseRow> saved(Optional<Invitation> invitation, String submissionKey) {
        return invitation.isPresent()
                ? partials.findByInvitationId(invitation.get().id())
                : partials.findBySubmissionKeyHash(hash(submissionKey));
    }

    /** Responses started but not sent, for a campaign's counts. */
    public long inProgress(Campaign campaign) {
        return partials.countByCampaignId(campaign.id());
    }

    private Progress progress(PartialResponseRow row) {
        return new Progress(
                row.campaignId(),
                Language.fromCode(row.language()).orElse(Language.FI),
                row.pageKey(),
                new SubmittedAnswers(read(row.answers())),
                row.startedAt());
    }

    private String write(SubmittedAnswers answers) {
        try {
            return json.writeValueAsString(answers.values());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, List<String>> read(String text) {
        try {
            return json.readValue(text, ANSWERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String submissionKey) {
        return Sha256.hex(submissionKey.getBytes(StandardCharsets.UTF_8));
    }
}
