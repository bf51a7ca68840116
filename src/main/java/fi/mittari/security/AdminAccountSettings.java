package fi.mittari.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The first admin account, created when there is none (MITTARI_ADMIN_USER, MITTARI_ADMIN_PASSWORD; an empty password:
 * a random one, printed once).
 */
@Context
@ConfigurationProperties("mittari.admin")
record AdminAccountSettings(
        @NotBlank(message = "MITTARI_ADMIN_USER must be a username") String username, @NotNull String password) {}
