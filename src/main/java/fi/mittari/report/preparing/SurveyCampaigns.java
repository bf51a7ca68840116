package fi.mittari.report.preparing;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.CampaignPurpose;
import fi.mittari.campaign.Campaigns;
import fi.mittari.context.Event;
import fi.mittari.context.Projects;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which survey campaigns a report's scopes hold, with the questionnaire version each asked: the Reach, Distributions,
 * Quality and Data sheets all describe these campaigns and no others.
 */
final class SurveyCampaigns {

    private final Projects projects;
    private final Campaigns campaigns;
    private final QuestionnaireCatalog questionnaires;

    SurveyCampaigns(Projects projects, Campaigns campaigns, QuestionnaireCatalog questionnaires) {
        this.projects = projects;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
    }

    /**
     * The SURVEY campaigns of the scopes, by slug: of the projects (their own or their events'), and of a region
     * ecosystem those held at the region's events.
     */
    List<ReportCampaign> of(List<ProjectScope> scopes) {
        List<ReportCampaign> found = new ArrayList<>();
        Map<Long, String> codes = new HashMap<>();
        projects.all().forEach(p -> codes.put(p.id(), p.code()));
        for (Campaign campaign : campaigns.all()) {
            if (campaign.purpose() != CampaignPurpose.SURVEY) {
                continue;
            }
            Optional<Event> event = Optional.ofNullable(campaign.eventCode()).flatMap(projects::event);
            Optional<String> projectCode = Optional.ofNullable(campaign.projectId())
                    .or(() -> event.map(e -> e.projectId()))
                    .flatMap(id -> Optional.ofNullable(codes.get(id)));
            Optional<String> region = event.map(e -> e.regionCode());
            scopes.stream()
                    .filter(s -> s.holds(projectCode, region))
                    .findFirst()
                    .ifPresent(scope -> questionnaires
                            .version(campaign.questionnaireVersionId())
                            .ifPresent(q -> found.add(new ReportCampaign(campaign, q.questionnaire(), scope))));
        }
        found.sort(Comparator.comparing(ReportCampaign::slug));
        return found;
    }
}
