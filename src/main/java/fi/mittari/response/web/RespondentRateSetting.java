package fi.mittari.response.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * Requests to the respondent links per client address and minute before "try again shortly"
 * (MITTARI_RESPONDENT_REQUESTS_PER_MINUTE).
 */
@Context
@ConfigurationProperties("mittari")
record RespondentRateSetting(
        @Min(
                        value = 1,
                        message =
                                "MITTARI_RESPONDENT_REQUESTS_PER_MINUTE must be a whole number ≥ 1, was {validatedValue}")
                long respondentRequestsPerMinute) {}
