package fi.mittari.indicator;

import fi.mittari.indicator.statistics.SuppressionRule;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * The installation's suppression thresholds (MITTARI_SUPPRESSION_MIN_COUNT, MITTARI_SUPPRESSION_MIN_PERSONS), as
 * the indicator pages, the campaign results and the engine apply them (see {@link SuppressionRule}).
 */
@Context
@ConfigurationProperties("mittari.indicators.suppression")
public record SuppressionSettings(
        @Min(value = 1, message = "MITTARI_SUPPRESSION_MIN_COUNT must be a whole number ≥ 1, was {validatedValue}")
                int minCount,
        @Min(value = 1, message = "MITTARI_SUPPRESSION_MIN_PERSONS must be a whole number ≥ 1, was {validatedValue}")
                int minPersons) {

    public SuppressionRule rule() {
        return new SuppressionRule(minCount, minPersons);
    }
}
