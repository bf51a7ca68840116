package fi.mittari.campaign;

import fi.mittari.questionnaire.Language;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The fields of a request to open or change a campaign once {@link OpeningCampaign} has checked them, ready to apply to a
 * new or an existing campaign.
 */
record CheckedCampaign(
        String title,
        Long projectId,
        Instant opensAt,
        Instant closesAt,
        AccessMode mode,
        List<Language> languages,
        Integer responseCap,
        String eventCode,
        Map<Language, String> thankYou,
        CampaignPurpose purpose) {

    Campaign applyTo(Campaign campaign) {
        return new Campaign(
                campaign.id(),
                campaign.slug(),
                title,
                campaign.questionnaireVersionId(),
                projectId,
                closesAt,
                campaign.createdAt(),
                opensAt,
                mode,
                languages.isEmpty()
                        ? null
                        : String.join(
                                ",", languages.stream().map(Language::code).toList()),
                responseCap,
                eventCode,
                thankYou.get(Language.FI),
                thankYou.get(Language.SV),
                thankYou.get(Language.EN),
                purpose);
    }
}
