package fi.mittari.campaign.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.questionnaire.Language;
import fi.mittari.web.PostedText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The campaign form as typed, every field as text ("" when empty): bound from the posted form, or filled from a stored
 * campaign for editing. {@code project} and {@code event} are codes; {@code opensAt} and {@code closesAt} dates
 * (yyyy-mm-dd) of the first and the last day; {@code languages} codes separated by commas or spaces. The campaign's
 * rules are the campaign's own, the same for the API, so the record binds and says nothing of validity.
 */
@Serdeable.Deserializable
public record CampaignForm(
        @Nullable String slug,
        @Nullable String title,
        @Nullable String questionnaire,
        @Nullable String project,
        @Nullable String event,
        @Nullable String opensAt,
        @Nullable String closesAt,
        @Nullable String accessMode,
        @Nullable String languages,
        @Nullable String responseCap,
        @Nullable String purpose,
        @Nullable String thankYouFi,
        @Nullable String thankYouSv,
        @Nullable String thankYouEn) {

    static final CampaignForm EMPTY =
            new CampaignForm("", "", "", "", "", "", "", "public", "", "", "survey", "", "", "");

    public CampaignForm {
        slug = PostedText.of(slug);
        title = PostedText.of(title);
        questionnaire = PostedText.of(questionnaire);
        project = PostedText.of(project);
        event = PostedText.of(event);
        opensAt = PostedText.of(opensAt);
        closesAt = PostedText.of(closesAt);
        accessMode = orDefault(PostedText.of(accessMode), "public");
        languages = PostedText.of(languages);
        responseCap = PostedText.of(responseCap);
        purpose = orDefault(PostedText.of(purpose), "survey");
        thankYouFi = PostedText.of(thankYouFi);
        thankYouSv = PostedText.of(thankYouSv);
        thankYouEn = PostedText.of(thankYouEn);
    }

    static CampaignForm of(Campaign c, ZoneId zone, String questionnaireKey, String projectCode) {
        return new CampaignForm(
                c.slug(),
                c.title(),
                questionnaireKey,
                projectCode,
                c.eventCode() == null ? "" : c.eventCode(),
                c.openingDay(zone).map(Object::toString).orElse(""),
                c.lastDay(zone).map(Object::toString).orElse(""),
                c.accessMode().name().toLowerCase(Locale.ROOT),
                c.offeredLanguages().stream().map(Language::code).collect(Collectors.joining(", ")),
                c.responseCap() == null ? "" : c.responseCap().toString(),
                c.purpose().name().toLowerCase(Locale.ROOT),
                c.thankYou(Language.FI).orElse(""),
                c.thankYou(Language.SV).orElse(""),
                c.thankYou(Language.EN).orElse(""));
    }

    /** The form as the request the API would make for campaign {@code slugOfCampaign}; empty fields are absent. */
    OpenCampaign request(String slugOfCampaign) {
        List<String> codes = Arrays.stream(languages.split("[,\\s]+"))
                .filter(l -> !l.isBlank())
                .toList();
        return new OpenCampaign(
                slugOfCampaign,
                questionnaire,
                title,
                optional(closesAt),
                optional(project),
                new OpenCampaign.Settings(
                        optional(opensAt),
                        optional(accessMode),
                        codes,
                        optional(responseCap),
                        optional(event),
                        Map.of("fi", thankYouFi, "sv", thankYouSv, "en", thankYouEn),
                        optional(purpose)));
    }

    private static String orDefault(String value, String otherwise) {
        return value.isEmpty() ? otherwise : value;
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
