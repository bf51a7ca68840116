package fi.mittari.campaign;

import fi.mittari.campaign.persistence.CampaignRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Finds campaigns; the one view of campaigns that other features use. */
@Singleton
public class Campaigns {

    private final CampaignRepository repository;

    Campaigns(CampaignRepository repository) {
        this.repository = repository;
    }

    public Optional<Campaign> bySlug(String slug) {
        return repository.findBySlug(slug);
    }

    public Optional<Campaign> byId(long id) {
        return repository.findById(id);
    }

    /** Responses submitted to the campaign, which its response cap limits. */
    public long completedResponses(Campaign campaign) {
        return repository.countResponses(campaign.id());
    }

    public List<Campaign> all() {
        return repository.findAllOrderBySlug();
    }
}
