package fi.mittari.campaign;

import java.time.Instant;
import java.util.Optional;

/** A request to open a campaign: which questionnaire (by key; its latest version), where, and until when. */
public record OpenCampaign(
        String slug, String questionnaireKey, String title, Optional<Instant> closesAt, Optional<String> projectCode) {}
