package fi.mittari.response;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What privacy may find and remove of the stored responses (a port: the response feature owns the response, answer
 * and partial response tables, and its adapter in {@code response.persistence} holds the SQL). Privacy decides whose
 * responses and which rule; this says how a response is deleted or anonymised. The removals run in the caller's
 * transaction, and the caller hands over response ids a few hundred at a time.
 */
public interface RemovableResponses {

    /** A stored complete response as privacy shows and records it. */
    record Found(
            long id,
            long campaignId,
            long questionnaireVersionId,
            String language,
            LocalDate submittedOn,
            Optional<String> consentSha256) {}

    /** How many responses a retention run would remove, and the first and last day they were sent on. */
    record Pending(long responses, Optional<LocalDate> firstDay, Optional<LocalDate> lastDay) {}

    /** The responses of {@code ids} that exist, oldest first (by day, then id). */
    List<Found> withIds(Collection<Long> ids);

    /** The campaign's responses ({@code onlyNotAnonymised}: those not anonymised yet), by id. */
    List<Found> ofCampaign(long campaignId, boolean onlyNotAnonymised);

    Pending pending(long campaignId, boolean onlyNotAnonymised);

    /**
     * The ids of the campaigns' responses that answer one of {@code keys} with {@code pseudonym}, a choice or a text
     * compared trimmed and upper-cased ({@code pseudonym} is given upper-cased).
     */
    List<Long> answeredWith(Collection<Long> campaignIds, Collection<String> keys, String pseudonym);

    /** The response's answers in the order stored. */
    List<StoredAnswer> answers(Found response);

    /** Deletes the responses with their answers; returns how many answer rows were deleted. */
    long delete(List<Long> ids);

    /**
     * Anonymises the responses: their answers to {@code identifyingKeys} are deleted, the words written for "other"
     * cleared, answer days and the response's day and time coarsened to their month, and the submission key replaced
     * by one nobody holds. Returns how many answer rows were deleted.
     */
    long anonymise(List<Long> ids, Set<String> identifyingKeys, Instant now);

    /** Deletes the campaign's responses never sent. */
    void deleteUnfinished(long campaignId);
}
