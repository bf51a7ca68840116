package fi.mittari.indicator.engine;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * How many months after coaching ends a follow-up answer still counts as its outcome (MITTARI_FOLLOW_UP_MONTHS).
 */
@Context
@ConfigurationProperties("mittari.indicators")
record FollowUpSetting(
        @Min(value = 0, message = "MITTARI_FOLLOW_UP_MONTHS must be a whole number ≥ 0, was {validatedValue}")
                int followUpMonths) {}
