package fi.mittari.campaign;

import fi.mittari.campaign.persistence.CampaignRepository;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Campaigns as respondents' requests find them, by slug or by id, kept in memory for a short while: every request of a
 * respondent (each page, each JSON submission) needs its campaign, which seldom changes. See docs/adr/0032.
 *
 * <p>A change made on this instance (opening, changing, closing, reopening; {@link #changed()}) is seen by the next
 * request at once: the kept campaigns are forgotten when the change is made and again when its transaction ends, and
 * a campaign read while a change was under way is not kept. Another instance of a cluster sees the change within
 * {@code mittari.campaigns.fresh-for} (5 s unless set). Campaigns that are not found are not kept, so the memory
 * held is bounded by the number of campaigns.
 */
@Singleton
public class RespondentCampaigns implements TransactionSynchronization {

    private final CampaignRepository repository;
    private final TransactionOperations<?> transactions;
    private final long freshForNanos;
    private final Map<Object, Kept> kept = new ConcurrentHashMap<>();
    /** Counts the changes: a campaign read across a change may be the old one and is not kept. */
    private final AtomicLong changes = new AtomicLong();

    private record Kept(Campaign campaign, long readAtNanos) {}

    RespondentCampaigns(
            CampaignRepository repository, TransactionOperations<?> transactions, CampaignCacheSettings settings) {
        this.repository = repository;
        this.transactions = transactions;
        this.freshForNanos = settings.freshFor().toNanos();
    }

    public Optional<Campaign> bySlug(String slug) {
        return kept(slug, () -> repository.findBySlug(slug));
    }

    public Optional<Campaign> byId(long id) {
        return kept(id, () -> repository.findById(id));
    }

    /**
     * A campaign was stored or changed on this instance: forget every kept campaign now and again when the current
     * transaction ends, so that a request that read the old row meanwhile does not keep it.
     */
    void changed() {
        forget();
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(this));
    }

    /** The transaction of a change ended (committed or not): what was read meanwhile is forgotten too. */
    @Override
    public void afterCompletion(Status status) {
        forget();
    }

    private void forget() {
        changes.incrementAndGet();
        kept.clear();
    }

    private Optional<Campaign> kept(Object key, Supplier<Optional<Campaign>> read) {
        long now = System.nanoTime();
        Kept known = kept.get(key);
        if (known != null && now - known.readAtNanos() < freshForNanos) {
            return Optional.of(known.campaign());
        }
        long changesBefore = changes.get();
        Optional<Campaign> found = read.get();
        if (found.isPresent() && changes.get() == changesBefore) {
            Kept fresh = new Kept(found.get(), now);
            kept.put(key, fresh);
            if (changes.get() != changesBefore) {
                // a change came between the check and the put: what was read may be the old campaign
                kept.remove(key, fresh);
            }
        }
        return found;
    }
}
