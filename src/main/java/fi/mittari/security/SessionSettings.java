package fi.mittari.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * How long API requests keep a staff account's session generation (MITTARI_SESSIONS_FRESH_FOR): another instance
 * refuses a revoked token within this time, see docs/adr/0035.
 */
@Context
@ConfigurationProperties("mittari.sessions")
record SessionSettings(
        @NotNull(message = "MITTARI_SESSIONS_FRESH_FOR must be a duration such as 5s") Duration freshFor) {}
