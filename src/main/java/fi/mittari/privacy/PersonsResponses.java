package fi.mittari.privacy;

import fi.mittari.campaign.CampaignProjects;
import fi.mittari.campaign.PersonsInvitations;
import fi.mittari.questionnaire.Question;
import fi.mittari.questionnaire.QuestionnaireCatalog;
import fi.mittari.response.RemovableResponses;
import fi.mittari.response.StoredResponses;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Finds the responses a person request names; erasure deletes them, the access export shows them. The responses are
 * asked of the response feature, the invitations and each campaign's project of the campaign feature.
 */
@Singleton
class PersonsResponses {

    /** A response found, with what the erasure record and the access export need of it. */
    record Found(RemovableResponses.Found response, String campaignSlug, Optional<String> projectCode) {

        long responseId() {
            return response.id();
        }

        long campaignId() {
            return response.campaignId();
        }

        long questionnaireVersionId() {
            return response.questionnaireVersionId();
        }

        String language() {
            return response.language();
        }

        LocalDate submittedOn() {
            return response.submittedOn();
        }
    }

    private final RemovableResponses responses;
    private final StoredResponses stored;
    private final PersonsInvitations invitations;
    private final CampaignProjects campaigns;
    private final QuestionnaireCatalog questionnaires;

    PersonsResponses(
            RemovableResponses responses,
            StoredResponses stored,
            PersonsInvitations invitations,
            CampaignProjects campaigns,
            QuestionnaireCatalog questionnaires) {
        this.responses = responses;
        this.stored = stored;
        this.invitations = invitations;
        this.campaigns = campaigns;
        this.questionnaires = questionnaires;
    }

    /** Oldest first (by the day sent, then as stored). */
    List<Found> find(PersonRequest request) {
        if (request instanceof PersonRequest.ByResponse one) {
            return found(List.of(one.responseId()));
        }
        if (request instanceof PersonRequest.ByInvitation invitation) {
            return found(invitations.responsesInvitedAs(invitation.campaignSlug(), invitation.reference()));
        }
        return byPseudonym((PersonRequest.ByPseudonym) request);
    }

    /**
     * The project's responses that answer an identifying question ({@code id.…} concept) with the pseudonym, or came
     * by an invitation whose reference is the pseudonym. Which keys are identifying depends on each version.
     */
    private List<Found> byPseudonym(PersonRequest.ByPseudonym request) {
        List<Long> ofProject = campaigns.ofProject(request.projectCode()).stream()
                .map(CampaignProjects.InProject::id)
                .toList();
        Set<String> keys = new TreeSet<>();
        for (long version : stored.versionsAnswered(ofProject)) {
            questionnaires.version(version).ifPresent(v -> v.questionnaire().questions().stream()
                    .filter(q -> q.classification().concept().startsWith("id."))
                    .map(Question::key)
                    .forEach(keys::add));
        }
        Set<Long> ids = new TreeSet<>(responses.answeredWith(ofProject, keys, request.pseudonym()));
        ids.addAll(invitations.responsesInvitedAs(ofProject, request.pseudonym()));
        return found(List.copyOf(ids));
    }

    private List<Found> found(List<Long> ids) {
        List<RemovableResponses.Found> found = responses.withIds(ids);
        Map<Long, CampaignProjects.InProject> byId =
                campaigns
                        .withIds(found.stream()
                                .map(RemovableResponses.Found::campaignId)
                                .distinct()
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(CampaignProjects.InProject::id, Function.identity()));
        return found.stream()
                .map(response -> {
                    CampaignProjects.InProject campaign = byId.get(response.campaignId());
                    return new Found(response, campaign.slug(), campaign.projectCode());
                })
                .toList();
    }

    /** The found responses grouped by campaign, in the order found. */
    static Map<Long, List<Found>> byCampaign(List<Found> found) {
        Map<Long, List<Found>> grouped = new LinkedHashMap<>();
        found.forEach(f ->
                grouped.computeIfAbsent(f.campaignId(), c -> new ArrayList<>()).add(f));
        return grouped;
    }
}
