package fi.mittari.campaign;

import fi.mittari.KeptAWhile;
import fi.mittari.campaign.persistence.CampaignRepository;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import java.util.Optional;

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
    private final KeptAWhile<Object, Campaign> kept;

    RespondentCampaigns(
            CampaignRepository repository, TransactionOperations<?> transactions, CampaignCacheSettings settings) {
        this.repository = repository;
        this.transactions = transactions;
        this.kept = new KeptAWhile<>(settings.freshFor());
    }

    public Optional<Campaign> bySlug(String slug) {
        return kept.get(slug, () -> repository.findBySlug(slug));
    }

    public Optional<Campaign> byId(long id) {
        return kept.get(id, () -> repository.findById(id));
    }

    /**
     * A campaign was stored or changed on this instance: forget every kept campaign now and again when the current
     * transaction ends, so that a request that read the old row meanwhile does not keep it.
     */
    void changed() {
        kept.forget();
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(this));
    }

    /** The transaction of a change ended (committed or not): what was read meanwhile is forgotten too. */
    @Override
    public void afterCompletion(Status status) {
        kept.forget();
    }
}
