package fi.mittari.indicator.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@MicronautTest(startApplication = false, transactional = false)
class IndicatorValuesIntegrationTest {

    private static final IndicatorScope GAMMA =
            new IndicatorScope(Optional.of("gamma"), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30));
    private static final IndicatorScope DELTA =
            new IndicatorScope(Optional.of("delta"), LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28));
    private static final IndicatorScope GAMMA_LATER =
            new IndicatorScope(Optional.of("gamma"), LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31));

    @Inject
    IndicatorValues values;

    @Inject
    DataSourceTransactionManager transactions;

    @Test
    void aPublicationThatFailsHalfwayLeavesThePreviousValuesWhole() {
        publish(101, GAMMA, List.of(row("events", 7), row("attendance", 70)), 1001);
        values.stage(102, GAMMA, "events", List.of(row("events", 8)));
        values.stage(102, GAMMA, "attendance", List.of(row("attendance", 80)));

        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    values.publish(102, GAMMA, Instant.parse("2026-07-01T00:00:00Z"), 1002);
                    throw new IllegalStateException("the database went away after the swap");
                }))
                .isInstanceOf(IllegalStateException.class);

        var stored = values.published(GAMMA, Optional.empty(), Optional.empty());
        assertThat(stored).extracting(StoredIndicatorValue::jobExecutionId).containsOnly(1001L);
        assertThat(stored).extracting(v -> v.value().orElseThrow().intValue()).containsExactly(70, 7);
        // the run's staged rows are still there for a retry
        assertThat(values.staged(102, GAMMA, "events")).hasSize(1);
    }

    @Test
    void publishingReplacesOnlyTheSameScope() {
        publish(201, GAMMA_LATER, List.of(row("events", 3)), 2001);
        publish(202, GAMMA, List.of(row("events", 4)), 2002);
        publish(203, GAMMA, List.of(row("events", 5)), 2003);

        assertThat(values.published(GAMMA, Optional.of("events"), Optional.of("")))
                .extracting(StoredIndicatorValue::jobExecutionId)
                .containsExactly(2003L);
        assertThat(values.published(GAMMA_LATER, Optional.of("events"), Optional.of("")))
                .extracting(StoredIndicatorValue::jobExecutionId)
                .containsExactly(2001L);
        assertThat(values.staged(203, GAMMA, "events")).isEmpty();
    }

    @Test
    void restagingAnIndicatorReplacesItsRowsOfTheRun() {
        values.stage(301, GAMMA, "events", List.of(row("events", 1)));
        values.stage(301, GAMMA, "events", List.of(row("events", 2)));
        assertThat(values.staged(301, GAMMA, "events"))
                .extracting(r -> r.value().orElseThrow().intValue())
                .containsExactly(2);
    }

    @Test
    void aRunOfSeveralScopesPublishesEachScopesOwnRows() {
        values.stage(401, GAMMA, "events", List.of(row("events", 4)));
        values.stage(401, DELTA, "events", List.of(row("events", 9)));

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            values.publish(401, GAMMA, Instant.now(), 4001);
            values.publish(401, DELTA, Instant.now(), 4001);
        });

        assertThat(values.published(GAMMA, Optional.of("events"), Optional.of("")))
                .extracting(v -> v.value().orElseThrow().intValue())
                .containsExactly(4);
        assertThat(values.published(DELTA, Optional.of("events"), Optional.of("")))
                .extracting(v -> v.value().orElseThrow().intValue())
                .containsExactly(9);
    }

    private void publish(long instance, IndicatorScope scope, List<IndicatorRow> rows, long execution) {
        rows.forEach(row -> values.stage(instance, scope, row.indicatorCode(), List.of(row)));
        new TransactionTemplate(transactions)
                .executeWithoutResult(status -> values.publish(instance, scope, Instant.now(), execution));
    }

    private static IndicatorRow row(String code, long value) {
        return new IndicatorRow(
                code,
                "",
                "",
                Optional.empty(),
                Optional.of(BigDecimal.valueOf(value)),
                Optional.of(value),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }
}
