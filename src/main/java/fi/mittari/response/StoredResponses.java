package fi.mittari.response;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * What the response feature, owner of the response, answer and partial response tables, tells other features about
 * the responses it stores (a port: the adapter in {@code response.persistence} holds the SQL). The counts are grouped
 * where the data is, one query each, however many answers there are.
 */
public interface StoredResponses {

    /** How many complete responses the period holds. */
    long count(ResponsePeriod period);

    /** The day of the campaign's earliest complete response, if it has one. */
    Optional<LocalDate> firstDay(long campaignId);

    /** The ids of the period's complete responses, in no particular order. */
    List<Long> ids(ResponsePeriod period);

    /** Per question key of {@code keys}, how many answers chose each choice value. */
    Map<String, Map<String, Long>> choiceCounts(ResponsePeriod period, Collection<String> keys);

    /** Per question key of {@code keys}, how many responses answered it. */
    Map<String, Long> respondentsPerQuestion(ResponsePeriod period, Collection<String> keys);

    /** Per question key of {@code keys}, the numbers answered to it (not the numbers that code a choice). */
    Map<String, List<BigDecimal>> numbers(ResponsePeriod period, Collection<String> keys);

    /**
     * Per time or datetime question key of {@code keys}, how many answers fell in each hour of the day ("09"), grouped
     * where the data is: at most 24 rows a question, however many answers there are.
     */
    Map<String, Map<String, Long>> hourCounts(ResponsePeriod period, Collection<String> keys);

    /** The period's answers to the questions {@code keys}, streamed to {@code sink}, in no particular order. */
    void eachAnswerTo(ResponsePeriod period, Collection<String> keys, Consumer<StoredAnswer> sink);

    /**
     * Every answer of the period's responses, streamed to {@code sink} ordered by response, question key and the order
     * stored, one row without a question key for a response without answers. Nothing is held in memory.
     */
    void eachAnswer(ResponsePeriod period, Consumer<StoredAnswer> sink);

    /** The questionnaire versions the campaigns' complete responses were given with, each once. */
    List<Long> versionsAnswered(Collection<Long> campaignIds);

    /**
     * Every complete response the selection keeps, with its answers, streamed to {@code sink} by id, one response at a
     * time: the same cursor as {@link #eachAnswer}, so that memory holds one response however many there are.
     */
    void eachResponse(ResponseSelection selection, Consumer<StoredResponse> sink);

    /**
     * The campaigns' responses still being filled in (in {@code language} only, if given), streamed to {@code sink} in
     * the order they were started.
     */
    void eachUnfinished(Collection<Long> campaignIds, Optional<String> language, Consumer<UnfinishedResponse> sink);

    /** How many unfinished responses to the campaign were started at or after {@code since} and before {@code until}. */
    long unfinishedStarted(long campaignId, Instant since, Instant until);
}
