package fi.mittari.campaign;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request to open a campaign: which questionnaire (by key; its latest version), where, and until when.
 * {@code closesAt} is as the client wrote it (an instant like 2026-12-31T22:00:00Z, or a date meaning the end of that
 * day in the application's time zone), so that a malformed value is refused as a field problem like any other.
 */
public record OpenCampaign(
        String slug,
        String questionnaireKey,
        String title,
        Optional<String> closesAt,
        Optional<String> projectCode,
        Settings settings) {

    public OpenCampaign(
            String slug,
            String questionnaireKey,
            String title,
            Optional<String> closesAt,
            Optional<String> projectCode) {
        this(slug, questionnaireKey, title, closesAt, projectCode, Settings.DEFAULTS);
    }

    /**
     * The optional settings, as the client wrote them: {@code opensAt} like closesAt (a date means the start of that
     * day in the application's time zone); {@code accessMode} public, invitation or kiosk; {@code languages} a subset of the
     * questionnaire's; {@code responseCap} a whole number as text (so that "abc"
     * is refused by name like any other field); {@code eventCode} an existing event's code; {@code thankYou} by
     * language code; {@code purpose} survey or sign_in.
     */
    public record Settings(
            Optional<String> opensAt,
            Optional<String> accessMode,
            List<String> languages,
            Optional<String> responseCap,
            Optional<String> eventCode,
            Map<String, String> thankYou,
            Optional<String> purpose) {

        public static final Settings DEFAULTS = new Settings(
                Optional.empty(),
                Optional.empty(),
                List.of(),
                Optional.empty(),
                Optional.empty(),
                Map.of(),
                Optional.empty());

        public Settings {
            languages = List.copyOf(languages);
            thankYou = Map.copyOf(thankYou);
        }
    }
}
