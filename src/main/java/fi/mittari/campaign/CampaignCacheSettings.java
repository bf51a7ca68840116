package fi.mittari.campaign;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How long respondents' requests keep a campaign they looked up (MITTARI_CAMPAIGNS_FRESH_FOR), see docs/adr/0032.
 */
@Context
@ConfigurationProperties("mittari.campaigns")
record CampaignCacheSettings(
        @NotNull(message = "MITTARI_CAMPAIGNS_FRESH_FOR must be a duration such as 5s") Duration freshFor) {}
