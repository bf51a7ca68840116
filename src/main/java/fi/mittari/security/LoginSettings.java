package fi.mittari.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Staff login: failures per username or address before a growing pause ({@code freeFailures}), failed logins per
 * minute for the whole server (MITTARI_LOGIN_FAILURES_PER_MINUTE) and the key that signs login tokens
 * (MITTARI_JWT_SECRET; empty: a random key per start, checked by {@link SigningKey}).
 */
@Context
@ConfigurationProperties("mittari.login")
record LoginSettings(
        @Min(value = 0, message = "mittari.login.free-failures must be a whole number ≥ 0, was {validatedValue}")
                int freeFailures,
        @Min(value = 1, message = "MITTARI_LOGIN_FAILURES_PER_MINUTE must be a whole number ≥ 1, was {validatedValue}")
                int failuresPerMinute,
        @NotNull String tokenSecret) {}
