package fi.mittari.web;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.NotNull;

/**
 * The token a Prometheus server scrapes /prometheus with (MITTARI_METRICS_TOKEN); empty: admins only.
 */
@Context
@ConfigurationProperties("mittari.metrics")
record MetricsSettings(@NotNull String token) {}
