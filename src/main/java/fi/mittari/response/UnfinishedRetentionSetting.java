package fi.mittari.response;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * Responses saved page by page but never sent are deleted this many days after their last save
 * (MITTARI_UNFINISHED_RETENTION_DAYS).
 */
@Context
@ConfigurationProperties("mittari.retention")
public record UnfinishedRetentionSetting(
        @Min(value = 1, message = "MITTARI_UNFINISHED_RETENTION_DAYS must be a whole number ≥ 1, was {validatedValue}")
                int unfinishedDays) {}
