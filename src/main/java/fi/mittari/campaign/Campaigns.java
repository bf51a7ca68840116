package fi.mittari.campaign;

import fi.mittari.campaign.persistence.CampaignRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** Finds campaigns; the one view of campaigns that other features use. */
@Singleton
public class Campaigns {

    private final CampaignRepository repository;
    private final CampaignResponses responses;

    Campaigns(CampaignRepository repository, CampaignResponses responses) {
        this.repository = repository;
        this.responses = responses;
    }

    public Optional<Campaign> bySlug(String slug) {
        return repository.findBySlug(slug);
    }

    public Optional<Campaign> byId(long id) {
        return repository.findById(id);
    }

    /** Responses submitted to the campaign, which its response cap limits. */
    public long completedResponses(Campaign campaign) {
        return responses.complete(campaign.id());
    }

    /**
     * What a respondent's request needs of the count to know whether the campaign is {@linkplain CampaignState#FULL
     * full}: nothing for an uncapped campaign, and for a capped one the responses counted no further than the cap. A
     * respondent's request so never runs a query whose cost grows with the number of stored responses.
     */
    public long completedTowardsCap(Campaign campaign) {
        Integer cap = campaign.responseCap();
        return cap == null ? 0 : responses.completeUpTo(campaign.id(), cap);
    }

    public List<Campaign> all() {
        return repository.findAllOrderBySlug();
    }
}
