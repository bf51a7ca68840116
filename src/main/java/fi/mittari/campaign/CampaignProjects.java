package fi.mittari.campaign;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Which project each campaign belongs to: its own, else its event's (a port: the adapter in {@code
 * campaign.persistence} reads it where the campaigns are stored).
 */
public interface CampaignProjects {

    /** A campaign by its id and slug, with the code of its project if it has one. */
    record InProject(long id, String slug, Optional<String> projectCode) {}

    /** The campaigns of the project, by slug. */
    List<InProject> ofProject(String projectCode);

    /** The campaigns of {@code ids} that exist, by slug. */
    List<InProject> withIds(Collection<Long> ids);
}
