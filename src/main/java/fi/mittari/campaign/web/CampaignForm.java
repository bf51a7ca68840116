package fi.mittari.campaign.web;

import fi.mittari.campaign.Campaign;
import fi.mittari.campaign.OpenCampaign;
import fi.mittari.questionnaire.Language;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The campaign form as typed, every field as text ("" when empty): read from the posted fields, or filled from a stored
 * campaign for editing. {@code project} and {@code event} are codes; {@code opensAt} and {@code closesAt} dates
 * (yyyy-mm-dd) of the first and the last day; {@code languages} codes separated by commas or spaces.
 */
public record CampaignForm(
        String slug,
        String title,
        String questionnaire,
        String project,
        String event,
        String opensAt,
        String closesAt,
        String accessMode,
        String languages,
        String responseCap,
        String purpose,
        String thankYouFi,
        String thankYouSv,
        String thankYouEn) {

    static final CampaignForm EMPTY =
            new CampaignForm("", "", "", "", "", "", "", "public", "", "", "survey", "", "", "");

    static CampaignForm of(Map<String, Object> fields) {
        return new CampaignForm(
                text(fields, "slug"),
                text(fields, "title"),
                text(fields, "questionnaire"),
                text(fields, "project"),
                text(fields, "event"),
                text(fields, "opensAt"),
                text(fields, "closesAt"),
                orDefault(text(fields, "accessMode"), "public"),
                text(fields, "languages"),
                text(fields, "responseCap"),
                orDefault(text(fields, "purpose"), "survey"),
                text(fields, "thankYouFi"),
                text(fields, "thankYouSv"),
                text(fields, "thankYouEn"));
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

    /** A posted field as text: the first value when a field came more than once, "" when absent. */
    static String text(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        if (value instanceof Iterable<?> many) {
            var it = many.iterator();
            value = it.hasNext() ? it.next() : null;
        }
        return value == null ? "" : String.valueOf(value).strip();
    }

    private static String orDefault(String value, String otherwise) {
        return value.isEmpty() ? otherwise : value;
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
