package fi.mittari;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * The connection pool's size (MITTARI_DB_POOL_SIZE), which Micronaut's pool reads itself: read here too only so that a
 * size the pool would refuse stops the start with a message naming the variable.
 */
@Context
@ConfigurationProperties("datasources.default")
record DatabasePoolSetting(
        @Min(value = 1, message = "MITTARI_DB_POOL_SIZE must be a whole number ≥ 1, was {validatedValue}")
                int maximumPoolSize) {}
