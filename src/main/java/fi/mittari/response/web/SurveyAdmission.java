package fi.mittari.response.web;

import fi.mittari.campaign.AccessMode;
import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.CampaignState;
import fi.mittari.campaign.Campaigns;
import fi.mittari.campaign.Invitation;
import fi.mittari.questionnaire.Language;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Optional;

/**
 * Whether a way into a campaign's form shows the form at all: a used invitation, a public link to a campaign that
 * takes invited respondents only and a campaign not open now are each answered with a message in the respondent's
 * language instead. Asked before every page shown or sent, so a campaign closing mid-response stops the next step.
 */
@Singleton
class SurveyAdmission {

    private final Campaigns campaigns;
    private final SurveyMessages messages;
    private final Clock clock;

    SurveyAdmission(Campaigns campaigns, SurveyMessages messages, Clock clock) {
        this.campaigns = campaigns;
        this.messages = messages;
        this.clock = clock;
    }

    /** Why this entry shows no form, if it shows none. */
    Optional<HttpResponse<?>> refusal(SurveyFlow.Entry entry, Language language) {
        Campaign campaign = entry.campaign();
        if (entry.invitation().map(Invitation::used).orElse(false)) {
            return Optional.of(messages.message(HttpStatus.OK, language, "answered"));
        }
        if (campaign.accessMode() == AccessMode.INVITATION && entry.invitation().isEmpty()) {
            return Optional.of(messages.message(HttpStatus.FORBIDDEN, language, "invitationonly"));
        }
        CampaignState state = campaign.stateAt(clock.instant(), campaigns.completedTowardsCap(campaign));
        return state == CampaignState.OPEN
                ? Optional.empty()
                : Optional.of(messages.notTakingAnswers(campaign, state, language));
    }
}
