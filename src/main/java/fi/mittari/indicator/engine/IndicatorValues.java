package fi.mittari.indicator.engine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stored indicator values (a port: the adapter in {@code indicator.engine.persistence} holds the SQL). A run stages
 * each definition's rows under its job instance (a restart keeps the instance, so it adds to what its failed execution
 * committed), then {@link #publish} swaps the scope's values for the staged ones; called in one transaction, readers
 * see either the previous run or this one, never half of either.
 */
public interface IndicatorValues {

    /**
     * Replaces the run's staged rows of one indicator in one scope (so a retried chunk does not stage them twice).
     */
    void stage(long jobInstanceId, IndicatorScope scope, String indicatorCode, List<IndicatorRow> rows);

    /** The run's staged rows of one indicator in one scope, in the order staged. */
    List<IndicatorRow> staged(long jobInstanceId, IndicatorScope scope, String indicatorCode);

    /**
     * Replaces the scope's published values with the run's rows staged for it; call inside one transaction (with the
     * run's other scopes, when it has several). Returns how many rows were published.
     */
    int publish(long jobInstanceId, IndicatorScope scope, Instant computedAt, long jobExecutionId);

    /** Published values of a scope, optionally of one indicator and one breakdown ("" for totals only). */
    List<StoredIndicatorValue> published(
            IndicatorScope scope, Optional<String> indicatorCode, Optional<String> breakdownKey);

    /** True when the scope has any published value. */
    boolean anyPublished(IndicatorScope scope);
}
