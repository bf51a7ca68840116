package fi.mittari.campaign;

import java.util.Optional;

/**
 * A request to open a campaign: which questionnaire (by key; its latest version), where, and until when.
 * {@code closesAt} is as the client wrote it (an instant like 2026-12-31T22:00:00Z, or a date meaning the end of that
 * day in Finland), so that a malformed value is refused as a field problem like any other.
 */
public record OpenCampaign(
        String slug, String questionnaireKey, String title, Optional<String> closesAt, Optional<String> projectCode) {}
