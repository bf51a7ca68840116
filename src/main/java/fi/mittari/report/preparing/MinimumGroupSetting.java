package fi.mittari.report.preparing;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * Groups smaller than this are never shown in funder workbooks (MITTARI_MIN_GROUP_SIZE).
 */
@Context
@ConfigurationProperties("mittari.privacy")
record MinimumGroupSetting(
        @Min(value = 1, message = "MITTARI_MIN_GROUP_SIZE must be a whole number ≥ 1, was {validatedValue}")
                int minimumGroupSize) {}
