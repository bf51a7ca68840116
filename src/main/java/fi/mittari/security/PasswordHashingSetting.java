package fi.mittari.security;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * The bcrypt cost of staff passwords: each step doubles the time of a check (12 in production, 4 in tests).
 */
@Context
@ConfigurationProperties("mittari.security")
public record PasswordHashingSetting(
        @Min(
                        value = 4,
                        message =
                                "mittari.security.bcrypt-strength must be a whole number from 4 to 31, was {validatedValue}")
                @Max(
                        value = 31,
                        message =
                                "mittari.security.bcrypt-strength must be a whole number from 4 to 31, was {validatedValue}")
                int bcryptStrength) {}
