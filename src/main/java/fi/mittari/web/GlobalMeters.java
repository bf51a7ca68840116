package fi.mittari.web;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PreDestroy;

/**
 * Spring Batch records its job and step timers ({@code spring.batch.job}, {@code spring.batch.step}) in Micrometer's
 * global registry: adding Micronaut's registry to it brings them to {@code /prometheus} beside Mittari's own meters.
 */
@Context
class GlobalMeters implements AutoCloseable {

    private final MeterRegistry registry;

    GlobalMeters(MeterRegistry registry) {
        this.registry = registry;
        Metrics.addRegistry(registry);
    }

    @PreDestroy
    @Override
    public void close() {
        Metrics.removeRegistry(registry);
    }
}
